namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>The comments on one programme version, oldest first.</summary>
public sealed class ProgrammeReviewRecord
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    /// <summary>The programme version reviewed (not named Version: Marten sets that to the stream's).</summary>
    public int ProgrammeVersion { get; set; }
    public List<ReviewComment> Comments { get; set; } = [];
}
