using CoachingBackend.ReadinessAssessment.Contracts;
namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// What a set of answers means. <paramref name="Policy"/> names the versioned rule that produced it, so a stored
/// result can always be explained. <paramref name="Scores"/> holds the instrument's numbers by name
/// (see <see cref="ScoreNames"/>): one JSON object whatever the instrument. <paramref name="Stage"/> is null when
/// the instrument does not stage.
/// </summary>
public sealed record ReadinessResult(
    string Policy,
    ReadinessLevel Level,
    StageOfChange? Stage,
    IReadOnlyDictionary<string, decimal> Scores);
