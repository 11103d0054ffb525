using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Settings.Changing;

[EventMeaning("An org-admin changed the organisation's courses settings (after how many days without a step done a client is stalled).")]
public sealed record CoursesSettingsChanged(
    int StalledAfterDays,
    [property: Personal(PersonalData.StaffId)] string ChangedBy,
    DateTimeOffset ChangedAt);
