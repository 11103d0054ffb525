using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.Skipping;

/// <summary>The client chose not to do this activity: it is theirs to decide, and no reminder follows.</summary>
[EventMeaning("The client chose to skip an activity of their calendar.")]
public sealed record CalendarActivitySkipped(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid ActivityId,
    DateTimeOffset At);
