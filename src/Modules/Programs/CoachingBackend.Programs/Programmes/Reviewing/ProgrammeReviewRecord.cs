namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>The comments on one programme version, oldest first.</summary>
public sealed class ProgrammeReviewRecord
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public int Version { get; set; }
    public List<ReviewComment> Comments { get; set; } = [];
}
