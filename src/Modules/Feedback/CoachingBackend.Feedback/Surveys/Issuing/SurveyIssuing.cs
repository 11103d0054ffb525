using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.Feedback.Surveys.Issuing;

/// <summary>How any survey goes out, by hand or by a trigger: from a template version, due in the organisation's days.</summary>
public static class SurveyIssuing
{
    /// <summary>A survey issued by a trigger has an id that follows from the trigger, so the same trigger twice issues one.</summary>
    public static Guid IdOf(string tenantId, SurveyTrigger trigger, Guid triggerId) =>
        StableIds.From("survey", tenantId, trigger.ToString(), triggerId.ToString());

    public static Decision Decide(Guid surveyId, KnownClient client, SurveyTemplateVersionRecord template, SurveyTrigger trigger,
        SurveyAboutInput? about, int dueDays, CommandContext context)
    {
        var dueAt = context.Now.AddDays(dueDays);
        var issued = new SurveyIssued(surveyId, client.Id, template.Key, template.Number, template.Title, trigger, about?.Kind, about?.Id,
            about?.Title?.Trim(), client.CoachUserId, context.UserId, context.Now, dueAt);
        var survey = Survey.Create(issued);
        // The title of what it is about is the coach's free text: it stays on the survey, out of the journey's line.
        var what = about?.Kind is { } kind ? $"\"{template.Title}\" about a {BuildingBlocks.Json.JsonDefaults.Name(kind)}" : $"\"{template.Title}\"";
        return Decision.Of(issued).Publishing(SurveyJourney.Entry(context, survey, 1, "survey-issued",
            $"Survey {what} ({template.Key}) sent, due by {dueAt:yyyy-MM-dd}."));
    }
}
