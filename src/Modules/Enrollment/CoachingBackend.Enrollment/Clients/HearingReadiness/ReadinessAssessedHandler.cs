using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.ReadinessAssessment.Contracts;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace CoachingBackend.Enrollment.Clients.HearingReadiness;

/// <summary>
/// Records a readiness result in the client's journey. Delivery is at-least-once, so an assessment already
/// recorded is skipped; a closed journey records nothing more.
/// </summary>
public static class ReadinessAssessedHandler
{
    public static async Task Handle(ReadinessAssessed message, IDocumentStore store, Envelope envelope,
        ILogger<ReadinessAssessed> logger, CancellationToken ct)
    {
        await using var session = IntegrationSessions.Open(store, message.TenantId, envelope, message.SubmittedBy);
        var stream = await session.Events.FetchForWriting<ClientJourney>(message.ClientId, ct);
        var journey = stream.Aggregate;
        if (journey is null || journey.IsClosed || journey.RecordedAssessments.Contains(message.AssessmentId))
        {
            logger.LogInformation("Readiness assessment {AssessmentId} not recorded: client {ClientId} unknown, closed, or already has it",
                message.AssessmentId, message.ClientId);
            return;
        }

        stream.AppendOne(new ReadinessResultRecorded(message.ClientId, message.AssessmentId, message.Instrument,
            message.TargetBehaviour, message.Level, ToRecommendation(message.Recommendation), message.Rationale,
            message.IsClientsOwnDoing, message.OccurredAt));
        await session.SaveChangesAsync(ct);
    }

    private static ReadinessRecommendation ToRecommendation(string recommendation) => recommendation switch
    {
        "proceed" => ReadinessRecommendation.Proceed,
        "time-out" => ReadinessRecommendation.TimeOut,
        _ => ReadinessRecommendation.Discuss,
    };
}
