using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>
/// A programme template: its draft (null for coaches who are not its author) and its versions. name is the
/// draft's for those who see it, else the latest shared version's.
/// </summary>
public sealed record ProgrammeResponse(Guid ProgrammeId, string Name, string AuthorUserId, DateTimeOffset DraftedAt,
    ProgrammeDraftResponse? Draft, IReadOnlyList<ProgrammeVersionSummary> Versions)
{
    public static ProgrammeResponse From(ProgrammeRecord p, RequestContext caller)
    {
        var draft = caller.CanSeeDraft(p.AuthorUserId)
            ? new ProgrammeDraftResponse(p.Name, p.Description, p.LengthWeeks, p.Themes,
                [.. p.Activities.Select(ActivityResponse.From)], p.DraftChangedSinceShared)
            : null;
        return new ProgrammeResponse(p.Id, draft?.Name ?? p.SharedName ?? "", p.AuthorUserId, p.DraftedAt, draft, p.Versions);
    }
}
