using CoachingBackend.Programs.Programmes.Publishing;
using CoachingBackend.Programs.Programmes.Reviewing;
using Marten.Events.Projections;

namespace CoachingBackend.Programs.Programmes;

/// <summary>One <see cref="ProgrammeVersionRecord"/> per shared version, inline, from the programme's stream (and its reviews).</summary>
public sealed partial class ProgrammeVersionRecordProjection : MultiStreamProjection<ProgrammeVersionRecord, Guid>
{
    public ProgrammeVersionRecordProjection()
    {
        Identity<ProgrammeSharedWithCoaches>(e => ProgrammeVersionRecord.IdOf(e.ProgrammeId, e.Version));
        Identity<ProgrammeReleasedToClients>(e => ProgrammeVersionRecord.IdOf(e.ProgrammeId, e.Version));
        Identity<ProgrammeReviewCommentLeft>(e => ProgrammeVersionRecord.IdOf(e.ProgrammeId, e.Version));
    }

    public static ProgrammeVersionRecord Create(ProgrammeSharedWithCoaches e) => new()
    {
        Id = ProgrammeVersionRecord.IdOf(e.ProgrammeId, e.Version), ProgrammeId = e.ProgrammeId, Number = e.Version, Name = e.Name,
        Description = e.Description, LengthWeeks = e.LengthWeeks, Themes = e.Themes, Activities = e.Activities,
        PublishedBy = e.SharedBy, SharedWithCoachesAt = e.SharedAt,
    };

    public static void Apply(ProgrammeReleasedToClients e, ProgrammeVersionRecord v)
    {
        v.ReleasedToClientsAt = e.ReleasedAt;
        v.ReleasedBy = e.ReleasedBy;
    }

    public static void Apply(ProgrammeReviewCommentLeft e, ProgrammeVersionRecord v) => v.CommentCount++;
}
