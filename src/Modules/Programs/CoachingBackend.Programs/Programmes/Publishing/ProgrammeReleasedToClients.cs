using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Programmes.Publishing;

/// <summary>A version coaches were given to review is now available to clients.</summary>
[EventMeaning("A programme version shared with coaches became available to clients.")]
public sealed record ProgrammeReleasedToClients(
    Guid ProgrammeId,
    int Version,
    [property: Personal(PersonalData.StaffId)] string ReleasedBy,
    DateTimeOffset ReleasedAt);
