using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Definitions.Publishing;

[EventMeaning("A course version coaches had reviewed was made available to clients: clients may now be enrolled in it; it never changes again.")]
public sealed record CourseReleasedToClients(
    Guid CourseId,
    int CourseVersion,
    [property: Personal(PersonalData.StaffId)] string ReleasedBy,
    DateTimeOffset ReleasedAt);
