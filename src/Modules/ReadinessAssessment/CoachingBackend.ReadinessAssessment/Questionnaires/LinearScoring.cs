namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// An organisation's own scoring: score = Σ weight × value over the scored items, where a scale item's value is
/// its answer and a choice item's value is the chosen option's score. An item without a weight counts once,
/// so a plain sum needs no weights. Level: low below <paramref name="ModerateFrom"/>, moderate below
/// <paramref name="HighFrom"/>, otherwise high.
/// </summary>
public sealed record LinearScoring(IReadOnlyDictionary<string, decimal> Weights, decimal ModerateFrom, decimal HighFrom)
{
    public decimal WeightOf(string itemId) => Weights is not null && Weights.TryGetValue(itemId, out var weight) ? weight : 1m;
}
