using CoachingBackend.BuildingBlocks.EventSourcing;

namespace CoachingBackend.Courses.Definitions.Reviewing;

/// <summary>
/// The review of one shared version: a stream of its own, so that coaches' comments never collide with the author's
/// If-Match on the draft.
/// (The course version is <see cref="Number"/>: Marten sets a property named Version to the stream's.)
/// </summary>
public sealed record CourseReview(Guid Id, Guid CourseId, int Number, int Comments)
{
    public static Guid IdOf(Guid courseId, int version) => StableIds.From("course-review", courseId.ToString(), version.ToString());

    public static CourseReview Create(CourseReviewCommentLeft e) => new(IdOf(e.CourseId, e.CourseVersion), e.CourseId, e.CourseVersion, 1);

    public CourseReview Apply(CourseReviewCommentLeft e) => this with { Comments = Comments + 1 };
}
