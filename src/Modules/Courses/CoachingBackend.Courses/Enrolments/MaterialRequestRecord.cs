namespace CoachingBackend.Courses.Enrolments;

/// <summary>
/// A client's request for more material, for the coach's list of open requests (oldest first); indexed by client and by
/// whether it is still open.
/// </summary>
public sealed class MaterialRequestRecord
{
    public Guid Id { get; set; }
    public Guid EnrolmentId { get; set; }
    public Guid ClientId { get; set; }
    public Guid CourseId { get; set; }
    public string CourseTitle { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public bool IsOpen { get; set; }
    public DateTimeOffset? FulfilledAt { get; set; }
    public string? FulfilledBy { get; set; }
    public string? Note { get; set; }
}
