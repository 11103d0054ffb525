using CoachingBackend.BuildingBlocks.Problems;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace CoachingBackend.Host.Operations.DeadLetters;

/// <summary>
/// An organisation's integration events that failed for good (retries exhausted, or a failure that retrying cannot
/// mend), as Wolverine keeps them in its dead-letter storage. Every operation sees only the caller's organisation;
/// another organisation's dead letter is not found. Dead letters expire after <c>Messaging:DeadLetterRetentionDays</c>
/// (14 by default): they hold health data.
/// </summary>
public sealed class OrganisationDeadLetters(IWolverineRuntime runtime)
{
    public IDeadLetters Store => runtime.Storage.DeadLetters;

    /// <summary>
    /// The organisation's dead letters. Wolverine's table has no tenant column (the tenant is inside the stored envelope,
    /// and <see cref="DeadLetterEnvelopeQuery.TenantId"/> only picks a tenant's database), so this reads the database's
    /// dead letters in one query (Wolverine pages by a column that is mostly null, so its pages would not be stable) and
    /// keeps the organisation's. Retention keeps them few.
    /// </summary>
    public async Task<List<DeadLetterEnvelope>> OfAsync(string tenantId, CancellationToken ct)
    {
        var results = await Store.QueryAsync(new DeadLetterEnvelopeQuery { PageSize = 0 }, ct);
        return results.Envelopes.Where(l => l.Envelope.TenantId == tenantId).ToList();
    }

    /// <summary>The organisation's dead letter with this id, or 404.</summary>
    public async Task<DeadLetterEnvelope> FindAsync(string tenantId, Guid id)
    {
        var letter = await Store.DeadLetterEnvelopeByIdAsync(id);
        return letter is not null && letter.Envelope.TenantId == tenantId ? letter : throw new NotFoundException("dead letter", id);
    }

    public static DeadLetterResponse ToResponse(DeadLetterEnvelope letter) =>
        new(letter.Id, letter.MessageType, letter.SentAt, letter.FailedAt, letter.ExceptionType, letter.ExceptionMessage,
            letter.Envelope.Attempts, letter.Replayable, letter.Envelope.CorrelationId);
}
