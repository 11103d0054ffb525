using CoachingBackend.BuildingBlocks.EventSourcing;

namespace CoachingBackend.Feedback.Templates;

/// <summary>
/// One version of a survey template, immutable once published: what a survey issued from it asks and what its response
/// is validated against. The built-in versions (number 1 of each built-in key) live in code, not in the store.
/// </summary>
public sealed class SurveyTemplateVersionRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public IReadOnlyList<SurveyItem> Items { get; set; } = [];
    public bool IsBuiltIn { get; set; }
    public string? PublishedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public static Guid IdOf(string key, int number) => StableIds.From("survey-template-version", key, number.ToString());
}
