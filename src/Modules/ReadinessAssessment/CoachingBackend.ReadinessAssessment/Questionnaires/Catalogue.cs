using Marten;

namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>The questionnaires an organisation can use: the built-in instruments and its own published versions.</summary>
public static class Catalogue
{
    /// <summary>A definition by key, at a version or else the latest; null when there is none.</summary>
    public static async Task<QuestionnaireDefinition?> FindAsync(IQuerySession session, string key, int? version, CancellationToken ct)
    {
        if (BuiltInQuestionnaires.Find(key) is { } builtIn) return version is null or 1 ? builtIn : null;
        var versions = session.Query<CustomQuestionnaire>().Where(q => q.Key == key);
        var found = version is { } v
            ? await versions.FirstOrDefaultAsync(q => q.Version == v, ct)
            : await versions.OrderByDescending(q => q.Version).FirstOrDefaultAsync(ct);
        return found?.Definition;
    }

    /// <summary>The latest version of every questionnaire the organisation can use.</summary>
    public static async Task<IReadOnlyList<QuestionnaireDefinition>> LatestAsync(IQuerySession session, CancellationToken ct)
    {
        var custom = await session.Query<CustomQuestionnaire>().ToListAsync(ct);
        return [.. BuiltInQuestionnaires.All, .. custom.GroupBy(q => q.Key).Select(g => g.MaxBy(q => q.Version)!.Definition).OrderBy(d => d.Key)];
    }
}
