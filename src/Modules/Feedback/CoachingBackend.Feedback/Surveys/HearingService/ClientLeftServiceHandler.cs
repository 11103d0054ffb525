using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Feedback.Surveys.Issuing;
using CoachingBackend.Feedback.Templates;
using Marten;
using Wolverine;

namespace CoachingBackend.Feedback.Surveys.HearingService;

/// <summary>
/// A discharge as completed sends the end-of-service survey, once, when the organisation wants it. Other reasons (moved
/// away, dropped out) send none: the survey asks how the coaching went for someone who went through it.
/// </summary>
public static class ClientLeftServiceHandler
{
    public const string Completed = "completed";

    public static async Task Handle(ClientLeftService left, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        if (left.Reason != Completed) return;
        var streams = await EventStreams.ForMessageAsync(session, context, "system:feedback", time, ct);
        // One discharge per journey: the client's id names the trigger.
        await AutomaticSurveys.IssueAsync(streams, left.ClientId, SurveyTrigger.ServiceCompleted, left.ClientId,
            BuiltInTemplates.EndOfService, s => s.EndOfServiceSurveys, null, ct);
    }
}
