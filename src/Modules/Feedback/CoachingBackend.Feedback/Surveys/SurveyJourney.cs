using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.Feedback.Surveys;

/// <summary>What a survey contributes to the client's journey: one line per step, named by the survey stream's version.</summary>
public static class SurveyJourney
{
    public const string Module = "feedback";

    public static JourneyEntryContributed Entry(CommandContext context, Survey survey, long version, string kind, string summary,
        bool byClient = false) =>
        new(context.TenantId, survey.ClientId, Module, kind, summary, survey.Id, version, context.Now, IsClientsOwnDoing: byClient);
}
