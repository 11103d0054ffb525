using CoachingBackend.ReadinessAssessment.Contracts;
using System.Globalization;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// Policy <c>urica-cutoffs-v1</c>. Each subscale is the mean of its seven items; items 4, 9, 20 and 31 are not
/// scored. Readiness R = C + A + M − PC, from −2 to 14. Stage and level by R: R ≤ 8 precontemplation (low),
/// 8 &lt; R ≤ 11 contemplation (moderate), R &gt; 11 preparation/action (high; reported as preparation).
/// The cut-offs are compared on 7R, an exact integer, so a boundary never depends on how 8/7 rounds.
/// Reports the four subscale means and R, each rounded to 3 decimals, half away from zero.
/// </summary>
public static class UricaScoring
{
    public const string Policy = "urica-cutoffs-v1";

    private static readonly int[] PrecontemplationItems = [1, 5, 11, 13, 23, 26, 29];
    private static readonly int[] ContemplationItems = [2, 8, 12, 15, 19, 21, 24];
    private static readonly int[] ActionItems = [3, 7, 10, 14, 17, 25, 30];
    private static readonly int[] MaintenanceItems = [6, 16, 18, 22, 27, 28, 32];
    private const int ItemsPerSubscale = 7;

    // 7R ≤ 56 ⇔ R ≤ 8; 7R ≤ 77 ⇔ R ≤ 11.
    private const int SevenTimesPrecontemplationCutoff = 56;
    private const int SevenTimesContemplationCutoff = 77;

    public static ReadinessResult Score(IReadOnlyDictionary<string, string> values)
    {
        int Sum(int[] items) => items.Sum(item => AnswerValidation.ScaleValue(values[ItemId(item)]));

        var precontemplation = Sum(PrecontemplationItems);
        var contemplation = Sum(ContemplationItems);
        var action = Sum(ActionItems);
        var maintenance = Sum(MaintenanceItems);
        var sevenTimesReadiness = contemplation + action + maintenance - precontemplation;

        var (stage, level) = sevenTimesReadiness switch
        {
            <= SevenTimesPrecontemplationCutoff => (StageOfChange.Precontemplation, ReadinessLevel.Low),
            <= SevenTimesContemplationCutoff => (StageOfChange.Contemplation, ReadinessLevel.Moderate),
            _ => (StageOfChange.Preparation, ReadinessLevel.High),
        };

        return new ReadinessResult(Policy, level, stage, new Dictionary<string, decimal>
        {
            [ScoreNames.Precontemplation] = MeanOfSeven(precontemplation),
            [ScoreNames.Contemplation] = MeanOfSeven(contemplation),
            [ScoreNames.Action] = MeanOfSeven(action),
            [ScoreNames.Maintenance] = MeanOfSeven(maintenance),
            [ScoreNames.Readiness] = MeanOfSeven(sevenTimesReadiness),
        });
    }

    private static string ItemId(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static decimal MeanOfSeven(int sum) =>
        Math.Round((decimal)sum / ItemsPerSubscale, 3, MidpointRounding.AwayFromZero);
}
