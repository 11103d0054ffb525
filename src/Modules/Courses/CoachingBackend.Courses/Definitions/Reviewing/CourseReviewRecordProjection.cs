using Marten.Events.Aggregation;

namespace CoachingBackend.Courses.Definitions.Reviewing;

public sealed partial class CourseReviewRecordProjection : SingleStreamProjection<CourseReviewRecord, Guid>
{
    public static CourseReviewRecord Create(CourseReviewCommentLeft e) => new()
    {
        Id = CourseReview.IdOf(e.CourseId, e.CourseVersion), CourseId = e.CourseId, CourseVersion = e.CourseVersion,
        Comments = [Comment(e)],
    };

    public static void Apply(CourseReviewCommentLeft e, CourseReviewRecord review) => review.Comments.Add(Comment(e));

    private static CourseReviewComment Comment(CourseReviewCommentLeft e) => new(e.CommentId, e.CourseVersion, e.Text, e.LeftBy, e.LeftAt);
}
