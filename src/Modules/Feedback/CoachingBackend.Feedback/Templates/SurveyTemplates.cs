using CoachingBackend.BuildingBlocks.Problems;
using Marten;

namespace CoachingBackend.Feedback.Templates;

/// <summary>Finds a template version: the organisation's published ones, then the built-in version 1.</summary>
public static class SurveyTemplates
{
    /// <summary>The version asked for, or the latest; 404 when the organisation has no such template or version.</summary>
    public static async Task<SurveyTemplateVersionRecord> FindAsync(IQuerySession reads, string key, int? number, CancellationToken ct)
    {
        if (number is { } n)
        {
            var version = n == 1 && BuiltInTemplates.Find(key) is { } builtIn ? builtIn
                : await reads.LoadAsync<SurveyTemplateVersionRecord>(SurveyTemplateVersionRecord.IdOf(key, n), ct);
            return version ?? throw new NotFoundException("survey template version", $"{key}/{n}");
        }
        var latest = await reads.Query<SurveyTemplateVersionRecord>().Where(v => v.Key == key)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return latest ?? BuiltInTemplates.Find(key) ?? throw new NotFoundException("survey template", key);
    }
}
