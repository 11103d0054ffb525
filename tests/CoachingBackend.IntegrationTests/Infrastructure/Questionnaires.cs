namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>Answer sets built from the published URICA scoring key, not from the code under test.</summary>
public static class Questionnaires
{
    public static readonly int[] Precontemplation = [1, 5, 11, 13, 23, 26, 29];
    public static readonly int[] Contemplation = [2, 8, 12, 15, 19, 21, 24];
    public static readonly int[] Action = [3, 7, 10, 14, 17, 25, 30];
    public static readonly int[] Maintenance = [6, 16, 18, 22, 27, 28, 32];
    public static readonly int[] Unscored = [4, 9, 20, 31];

    /// <summary>All 32 items: each subscale's items get its value, unscored items get <paramref name="unscored"/>.</summary>
    public static object[] Urica(int pc, int c, int a, int m, int unscored = 3) =>
        Enumerable.Range(1, 32).Select(item => (object)new
        {
            itemId = item.ToString(),
            value = Precontemplation.Contains(item) ? pc : Contemplation.Contains(item) ? c : Action.Contains(item) ? a
                : Maintenance.Contains(item) ? m : unscored,
        }).ToArray();

    public static object UricaSubmission(int pc, int c, int a, int m, string resources, string behaviour = "exercise") => new
    {
        questionnaire = "urica", targetBehaviour = behaviour, resources, answers = Urica(pc, c, a, m),
    };

    public static object Ruler(int importance, int confidence, int readiness, string resources, string behaviour = "sleep") => new
    {
        questionnaire = "readiness-ruler",
        targetBehaviour = behaviour,
        resources,
        answers = new object[]
        {
            new { itemId = "importance", value = importance },
            new { itemId = "confidence", value = confidence },
            new { itemId = "readiness", value = readiness },
        },
    };
}
