using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>A client's programme: which version, the chosen themes, whether it runs, and how far the client is.</summary>
/// <param name="Version">The stream version; send it as If-Match to reschedule or move to another version.</param>
public sealed record ClientProgrammeResponse(
    Guid ClientProgrammeId,
    Guid ClientId,
    Guid ProgrammeId,
    string ProgrammeName,
    int ProgrammeVersion,
    IReadOnlyList<Theme> Themes,
    DateOnly StartsOn,
    DateOnly? LastActivityOn,
    ClientProgrammeStatus Status,
    DateOnly? EndedOn,
    int Activities,
    int ActivitiesDone,
    IReadOnlyList<PausePeriod> Pauses,
    DateTimeOffset StartedAt,
    long Version)
{
    public static ClientProgrammeResponse From(ClientProgrammeRecord r) => new(r.Id, r.ClientId, r.ProgrammeId, r.ProgrammeName,
        r.ProgrammeVersion, r.Themes, r.StartsOn, r.Activities.Count > 0 ? r.Activities.Max(a => a.On) : null, r.Status, r.EndedOn,
        r.Activities.Count, r.Activities.Count(a => a.IsDone), r.Pauses, r.StartedAt, r.Version);
}
