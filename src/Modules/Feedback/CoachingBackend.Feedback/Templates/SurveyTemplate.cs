using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Feedback.Templates.Publishing;

namespace CoachingBackend.Feedback.Templates;

/// <summary>The write-side state of a template's stream (one per key in an organisation): its latest version number.</summary>
public sealed record SurveyTemplate(Guid Id, string Key, int LatestNumber)
{
    public static SurveyTemplate Create(SurveyTemplateVersionPublished e) => new(e.TemplateId, e.Key, e.Number);

    public SurveyTemplate Apply(SurveyTemplateVersionPublished e) => this with { LatestNumber = e.Number };

    public static Guid StreamId(string tenantId, string key) => StableIds.From("survey-template", tenantId, key);
}
