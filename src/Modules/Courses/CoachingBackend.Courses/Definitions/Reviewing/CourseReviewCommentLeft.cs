using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Definitions.Reviewing;

[EventMeaning("A coach or org-admin commented on a course version shared with coaches for review.")]
public sealed record CourseReviewCommentLeft(
    Guid CourseId,
    int CourseVersion,
    Guid CommentId,
    [property: Personal(PersonalData.Omitted)] string Text,
    [property: Personal(PersonalData.StaffId)] string LeftBy,
    DateTimeOffset LeftAt);
