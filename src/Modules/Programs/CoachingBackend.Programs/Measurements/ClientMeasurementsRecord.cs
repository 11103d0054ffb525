using CoachingBackend.Programs.Challenges;

namespace CoachingBackend.Programs.Measurements;

/// <summary>The read side of a client's measurement stream: the preferred source order and the challenges with who set them.</summary>
public sealed class ClientMeasurementsRecord
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid ClientId { get; set; }
    public List<string> PreferredSources { get; set; } = [];
    public List<ChallengeRecord> Challenges { get; set; } = [];
    public DateTimeOffset? LastSyncedAt { get; set; }
}
