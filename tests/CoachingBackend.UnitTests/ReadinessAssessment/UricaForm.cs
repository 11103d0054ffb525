using System.Globalization;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

/// <summary>
/// Fills in the 32-item URICA for tests. The scoring key is copied here from the published instrument, not taken
/// from the code under test, so a wrong key in the code fails the tests.
/// </summary>
internal static class UricaForm
{
    public static readonly int[] Precontemplation = [1, 5, 11, 13, 23, 26, 29];
    public static readonly int[] Contemplation = [2, 8, 12, 15, 19, 21, 24];
    public static readonly int[] Action = [3, 7, 10, 14, 17, 25, 30];
    public static readonly int[] Maintenance = [6, 16, 18, 22, 27, 28, 32];
    public static readonly int[] Unscored = [4, 9, 20, 31];

    public static List<Answer> Answers(Func<int, int> valueOfItem) =>
        [.. Enumerable.Range(1, 32).Select(item => new Answer(Id(item), Id(valueOfItem(item))))];

    public static List<Answer> Answers(int precontemplation, int contemplation, int action, int maintenance, int unscored = 1) =>
        Answers(item =>
            Precontemplation.Contains(item) ? precontemplation
            : Contemplation.Contains(item) ? contemplation
            : Action.Contains(item) ? action
            : Maintenance.Contains(item) ? maintenance
            : unscored);

    /// <summary>
    /// Answers whose 7R = ΣC + ΣA + ΣM − ΣPC is exactly <paramref name="sevenTimesReadiness"/> (−14 … 98).
    /// All ones give 7R = 21 − 7 = 14; each point added to a C, A or M item adds 1, each point added to a PC item
    /// takes 1 away.
    /// </summary>
    public static List<Answer> WithSevenTimesReadiness(int sevenTimesReadiness)
    {
        var values = Enumerable.Range(1, 32).ToDictionary(item => item, _ => 1);
        var raise = sevenTimesReadiness - 14;
        var items = raise >= 0 ? [.. Contemplation, .. Action, .. Maintenance] : Precontemplation;
        var points = Math.Abs(raise);
        foreach (var item in items)
        {
            var added = Math.Min(4, points);
            values[item] += added;
            points -= added;
        }
        if (points != 0)
            throw new ArgumentOutOfRangeException(nameof(sevenTimesReadiness), "7R runs from -14 to 98.");
        return Answers(item => values[item]);
    }

    public static List<Answer> With(this List<Answer> answers, int item, int value) =>
        [.. answers.Select(answer => answer.ItemId == Id(item) ? answer with { Value = Id(value) } : answer)];

    private static string Id(int number) => number.ToString(CultureInfo.InvariantCulture);
}
