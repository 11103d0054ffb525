using CoachingBackend.BuildingBlocks.EventSourcing;

namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>
/// The review of one shared version: a stream of its own, so that coaches' comments never collide with the author's
/// If-Match on the draft.
/// (The programme version is <see cref="Number"/>: Marten sets a property named Version to the stream's.)
/// </summary>
public sealed record ProgrammeReview(Guid Id, Guid ProgrammeId, int Number, int Comments)
{
    public static Guid IdOf(Guid programmeId, int version) => StableIds.From("programme-review", programmeId.ToString(), version.ToString());

    public static ProgrammeReview Create(ProgrammeReviewCommentLeft e) => new(IdOf(e.ProgrammeId, e.Version), e.ProgrammeId, e.Version, 1);

    public ProgrammeReview Apply(ProgrammeReviewCommentLeft e) => this with { Comments = Comments + 1 };
}
