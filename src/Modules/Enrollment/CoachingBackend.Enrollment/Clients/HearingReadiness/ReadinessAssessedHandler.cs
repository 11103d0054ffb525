using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.ReadinessAssessment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Enrollment.Clients.HearingReadiness;

/// <summary>
/// Records a readiness result in the client's journey. Delivery is at-least-once, so an assessment already
/// recorded is skipped; a closed journey records nothing more.
/// </summary>
public static class ReadinessAssessedHandler
{
    public static async Task Handle(ReadinessAssessed message, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, message.SubmittedBy, time, ct);
        await streams.Decide<ClientJourney>(message.ClientId, null, (journey, c) => Decide(journey, message, c), ct);
    }

    public static Decision Decide(ClientJourney journey, ReadinessAssessed message, CommandContext context) =>
        journey.IsClosed || journey.RecordedAssessments.Contains(message.AssessmentId)
            ? Decision.None
            : Decision.Of(new ReadinessResultRecorded(message.ClientId, message.AssessmentId, message.Instrument,
                message.TargetBehaviour, message.Level, message.Recommendation, message.Rationale, message.IsClientsOwnDoing,
                message.OccurredAt));
}
