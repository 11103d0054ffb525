using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Enrolments.HearingService;

[EventMeaning("The client left the service: their enrolment that was still running ends; nothing more can be done in it.")]
public sealed record CourseEnrolmentEnded(
    Guid EnrolmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.Omitted)] string Reason,
    DateTimeOffset EndedAt);
