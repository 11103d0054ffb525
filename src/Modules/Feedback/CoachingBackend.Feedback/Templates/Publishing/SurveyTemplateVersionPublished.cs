using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Feedback.Templates.Publishing;

/// <summary>An org-admin published a version of a survey template; it never changes afterwards.</summary>
[EventMeaning("An organisation published a new, immutable version of a survey template.")]
public sealed record SurveyTemplateVersionPublished(
    Guid TemplateId,
    string Key,
    int Number,
    string Title,
    IReadOnlyList<SurveyItem> Items,
    [property: Personal(PersonalData.StaffId)] string PublishedBy,
    DateTimeOffset PublishedAt);
