using CoachingBackend.ReadinessAssessment.Contracts;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// Policy <c>recommendation-v1</c>: time-out when readiness is low and there is no time or energy; proceed when
/// readiness is moderate or high and there is at least some time and energy; otherwise discuss, because the two
/// signals disagree and a person, not a rule, should weigh them.
/// </summary>
public static class RecommendationPolicy
{
    public const string Policy = "recommendation-v1";

    public const string ResourcesQuestion = "Do you have the time and energy for a change right now?";

    public static RecommendationResult Recommend(ReadinessLevel level, Resources resources)
    {
        var (recommendation, advice) = (level, resources) switch
        {
            (ReadinessLevel.Low, Resources.No) =>
                (ReadinessRecommendation.TimeOut, "take a time-out and come back to the change later"),
            (ReadinessLevel.Moderate or ReadinessLevel.High, Resources.Yes or Resources.Partly) =>
                (ReadinessRecommendation.Proceed, "proceed to coaching"),
            _ => (ReadinessRecommendation.Discuss, "discuss with the client whether now is the time to start"),
        };
        return new RecommendationResult(recommendation, Policy,
            $"Readiness is {Describe(level)} and {Describe(resources)} (resources: {Name(resources)}), so {advice}.");
    }

    private static string Describe(ReadinessLevel level) => level switch
    {
        ReadinessLevel.Low => "low",
        ReadinessLevel.Moderate => "moderate",
        ReadinessLevel.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    private static string Describe(Resources resources) => resources switch
    {
        Resources.Yes => "the client has time and energy for a change right now",
        Resources.Partly => "the client has some time and energy for a change right now",
        Resources.No => "the client has no time or energy for a change right now",
        _ => throw new ArgumentOutOfRangeException(nameof(resources), resources, null),
    };

    private static string Name(Resources resources) => resources switch
    {
        Resources.Yes => "yes",
        Resources.Partly => "partly",
        Resources.No => "no",
        _ => throw new ArgumentOutOfRangeException(nameof(resources), resources, null),
    };
}
