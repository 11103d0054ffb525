using Marten.Events.Aggregation;

namespace CoachingBackend.Programs.Programmes.Reviewing;

public sealed partial class ProgrammeReviewRecordProjection : SingleStreamProjection<ProgrammeReviewRecord, Guid>
{
    public static ProgrammeReviewRecord Create(ProgrammeReviewCommentLeft e) => new()
    {
        Id = ProgrammeReview.IdOf(e.ProgrammeId, e.Version), ProgrammeId = e.ProgrammeId, ProgrammeVersion = e.Version,
        Comments = [Comment(e)],
    };

    public static void Apply(ProgrammeReviewCommentLeft e, ProgrammeReviewRecord review) => review.Comments.Add(Comment(e));

    private static ReviewComment Comment(ProgrammeReviewCommentLeft e) => new(e.CommentId, e.Version, e.Text, e.LeftBy, e.LeftAt);
}
