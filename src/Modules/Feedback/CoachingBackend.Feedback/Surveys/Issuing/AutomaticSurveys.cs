using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Settings;
using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.Feedback.Surveys.Issuing;

/// <summary>
/// Issues a survey a trigger asks for (a course completed, the service completed) when the organisation has that kind
/// switched on. The survey's id follows from the trigger: a redelivered trigger finds it issued and does nothing.
/// </summary>
public static class AutomaticSurveys
{
    public static async Task IssueAsync(EventStreams streams, Guid clientId, SurveyTrigger trigger, Guid triggerId, string templateKey,
        Func<FeedbackSettingsRecord, bool> switchedOn, SurveyAboutInput? about, CancellationToken ct)
    {
        var settings = await FeedbackSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
        if (!switchedOn(settings)) return;
        var client = await streams.Reads.LoadAsync<KnownClient>(clientId, ct);
        if (client is null) return; // not a client of this organisation's directory: nobody to ask
        var surveyId = SurveyIssuing.IdOf(streams.Context.TenantId, trigger, triggerId);
        if (await streams.Reads.LoadAsync<SurveyRecord>(surveyId, ct) is not null) return;
        var template = await SurveyTemplates.FindAsync(streams.Reads, templateKey, null, ct);
        await streams.Start<Survey>(surveyId,
            context => SurveyIssuing.Decide(surveyId, client, template, trigger, about, settings.DueDays, context), ct);
    }
}
