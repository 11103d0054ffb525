namespace CoachingBackend.Feedback.Templates.Browsing;

/// <summary>A template's latest version, and the numbers of all its versions.</summary>
public sealed record SurveyTemplateResponse(
    string Key, int Number, string Title, IReadOnlyList<SurveyItem> Items, bool IsBuiltIn, string? PublishedBy, DateTimeOffset? PublishedAt,
    IReadOnlyList<int> Versions)
{
    public static SurveyTemplateResponse From(SurveyTemplateVersionRecord v, IReadOnlyList<int> versions) =>
        new(v.Key, v.Number, v.Title, v.Items, v.IsBuiltIn, v.PublishedBy, v.PublishedAt, versions);
}
