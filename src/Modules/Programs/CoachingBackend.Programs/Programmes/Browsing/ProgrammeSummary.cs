using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>A programme in a list: its latest version shared with coaches and the latest released to clients (0: none).</summary>
public sealed record ProgrammeSummary(Guid ProgrammeId, string Name, string AuthorUserId, int LatestVersion, int LatestReleasedVersion,
    DateTimeOffset LastChangedAt)
{
    public static ProgrammeSummary From(ProgrammeRecord p, RequestContext caller) => new(p.Id,
        caller.CanSeeDraft(p.AuthorUserId) ? p.Name : p.SharedName ?? "", p.AuthorUserId, p.Versions.Count,
        p.Versions.Where(v => v.ReleasedToClientsAt is not null).Select(v => v.Number).DefaultIfEmpty(0).Max(), p.LastChangedAt);
}
