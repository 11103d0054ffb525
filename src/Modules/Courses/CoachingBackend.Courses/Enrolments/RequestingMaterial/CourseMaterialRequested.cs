using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Enrolments.RequestingMaterial;

[EventMeaning("A client asked their coach for more material in a course, in their own words.")]
public sealed record CourseMaterialRequested(
    Guid EnrolmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid RequestId,
    Guid CourseId,
    string CourseTitle,
    [property: Personal(PersonalData.Omitted)] string Text,
    DateTimeOffset RequestedAt);
