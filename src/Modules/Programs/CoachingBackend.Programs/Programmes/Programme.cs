using System.Collections.Immutable;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Programmes.Drafting;
using CoachingBackend.Programs.Programmes.EditingDraft;
using CoachingBackend.Programs.Programmes.Publishing;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// The write-side state of a programme template: its draft, and the versions frozen from it (numbered from 1, every
/// one shared with coaches, some released to clients). Immutable; Marten folds the stream into it.
/// </summary>
public sealed record Programme(
    Guid Id,
    string AuthorUserId,
    ProgrammeDraft Draft,
    bool DraftChangedSinceShared,
    ImmutableList<Programme.SharedVersion> Versions)
{
    /// <summary>What releasing a version needs to tell other modules about it.</summary>
    public sealed record SharedVersion(int Number, string Name, int LengthWeeks, IReadOnlyList<Theme> Themes, bool Released);

    public int LatestVersion => Versions.Count;

    public static Programme Create(ProgrammeDrafted e) => new(e.ProgrammeId, e.DraftedBy, e.Draft(), true, []);

    public Programme Apply(ProgrammeDraftEdited e) => this with { Draft = e.Draft(), DraftChangedSinceShared = true };

    public Programme Apply(ProgrammeSharedWithCoaches e) => this with
    {
        Versions = Versions.Add(new SharedVersion(e.Version, e.Name, e.LengthWeeks, e.Themes, false)),
        DraftChangedSinceShared = false,
    };

    public Programme Apply(ProgrammeReleasedToClients e) =>
        this with { Versions = Versions.SetItem(e.Version - 1, Versions[e.Version - 1] with { Released = true }) };

    /// <summary>Version <paramref name="number"/>, when it has been shared with coaches.</summary>
    public SharedVersion? Shared(int number) => number >= 1 && number <= Versions.Count ? Versions[number - 1] : null;
}
