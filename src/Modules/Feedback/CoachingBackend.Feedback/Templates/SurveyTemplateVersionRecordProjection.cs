using CoachingBackend.Feedback.Templates.Publishing;
using Marten.Events.Projections;

namespace CoachingBackend.Feedback.Templates;

/// <summary>One document per published version, written once: versions never change.</summary>
public sealed partial class SurveyTemplateVersionRecordProjection : MultiStreamProjection<SurveyTemplateVersionRecord, Guid>
{
    public SurveyTemplateVersionRecordProjection() => Identity<SurveyTemplateVersionPublished>(e => SurveyTemplateVersionRecord.IdOf(e.Key, e.Number));

    public static SurveyTemplateVersionRecord Create(SurveyTemplateVersionPublished e) => new()
    {
        Id = SurveyTemplateVersionRecord.IdOf(e.Key, e.Number), Key = e.Key, Number = e.Number, Title = e.Title, Items = e.Items,
        PublishedBy = e.PublishedBy, PublishedAt = e.PublishedAt,
    };
}
