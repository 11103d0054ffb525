namespace CoachingBackend.Courses.Definitions.Reviewing;

/// <summary>The comments on one course version, oldest first.</summary>
public sealed class CourseReviewRecord
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    /// <summary>The course version reviewed (not named Version: Marten sets that to the stream's).</summary>
    public int CourseVersion { get; set; }
    public List<CourseReviewComment> Comments { get; set; } = [];
}
