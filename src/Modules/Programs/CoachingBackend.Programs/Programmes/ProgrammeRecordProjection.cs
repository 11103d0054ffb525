using CoachingBackend.Programs.Programmes.Drafting;
using CoachingBackend.Programs.Programmes.EditingDraft;
using CoachingBackend.Programs.Programmes.Publishing;
using CoachingBackend.Programs.Programmes.Reviewing;
using JasperFx.Events;
using Marten.Events.Projections;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// Keeps <see cref="ProgrammeRecord"/> from the programme's stream and, for the comment counts, from its versions'
/// review streams, inline: a list read right after a command shows it.
/// </summary>
public sealed partial class ProgrammeRecordProjection : MultiStreamProjection<ProgrammeRecord, Guid>
{
    public ProgrammeRecordProjection()
    {
        Identity<ProgrammeDrafted>(e => e.ProgrammeId);
        Identity<ProgrammeDraftEdited>(e => e.ProgrammeId);
        Identity<ProgrammeSharedWithCoaches>(e => e.ProgrammeId);
        Identity<ProgrammeReleasedToClients>(e => e.ProgrammeId);
        Identity<ProgrammeReviewCommentLeft>(e => e.ProgrammeId);
    }

    public static ProgrammeRecord Create(IEvent<ProgrammeDrafted> e) => new()
    {
        Id = e.Data.ProgrammeId, StreamVersion = e.Version, AuthorUserId = e.Data.DraftedBy, DraftedAt = e.Data.DraftedAt,
        LastChangedAt = e.Data.DraftedAt, Name = e.Data.Name, Description = e.Data.Description, LengthWeeks = e.Data.LengthWeeks,
        Themes = e.Data.Themes, Activities = e.Data.Activities, DraftChangedSinceShared = true,
    };

    public static void Apply(IEvent<ProgrammeDraftEdited> e, ProgrammeRecord p)
    {
        p.StreamVersion = e.Version;
        p.LastChangedAt = e.Data.EditedAt;
        p.Name = e.Data.Name;
        p.Description = e.Data.Description;
        p.LengthWeeks = e.Data.LengthWeeks;
        p.Themes = e.Data.Themes;
        p.Activities = e.Data.Activities;
        p.DraftChangedSinceShared = true;
    }

    public static void Apply(IEvent<ProgrammeSharedWithCoaches> e, ProgrammeRecord p)
    {
        p.StreamVersion = e.Version;
        p.LastChangedAt = e.Data.SharedAt;
        p.SharedName = e.Data.Name;
        p.IsSharedWithCoaches = true;
        p.DraftChangedSinceShared = false;
        p.Versions.Add(new ProgrammeVersionSummary(e.Data.Version, e.Data.SharedAt, null, 0));
    }

    public static void Apply(IEvent<ProgrammeReleasedToClients> e, ProgrammeRecord p)
    {
        p.StreamVersion = e.Version;
        p.LastChangedAt = e.Data.ReleasedAt;
        p.IsReleasedToClients = true;
        Change(p, e.Data.Version, v => v with { ReleasedToClientsAt = e.Data.ReleasedAt });
    }

    // A comment is on the version's review stream: it leaves the programme's version (its ETag) alone.
    public static void Apply(ProgrammeReviewCommentLeft e, ProgrammeRecord p) =>
        Change(p, e.Version, v => v with { CommentCount = v.CommentCount + 1 });

    private static void Change(ProgrammeRecord p, int number, Func<ProgrammeVersionSummary, ProgrammeVersionSummary> change)
    {
        var at = p.Versions.FindIndex(v => v.Number == number);
        if (at >= 0) p.Versions[at] = change(p.Versions[at]);
    }
}
