using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Wolverine.Marten;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// The write path, the same four steps for every command: fetch the stream for writing (checking the
/// expected version), decide, append, commit. Integration events go out through Wolverine's Marten outbox,
/// stored in the same transaction as the events, so they are never published without them nor lost after.
/// </summary>
public sealed class EventStreams(IDocumentSession session, IMartenOutbox outbox)
{
    public IDocumentSession Session => session;

    /// <summary>Starts a new stream of type <typeparamref name="TStream"/>; returns its version.</summary>
    public async Task<long> Start<TStream>(Guid id, Decision decision, CancellationToken ct) where TStream : class
    {
        session.Events.StartStream<TStream>(id, [.. decision.Events]);
        await Commit(decision, ct);
        return decision.Events.Count;
    }

    /// <summary>
    /// Runs <paramref name="decide"/> on the stream's current state and appends what it decides.
    /// A stale <paramref name="expectedVersion"/> or a concurrent writer fails the whole command.
    /// </summary>
    /// <param name="beforeCommit">Appends to another stream in the same transaction (a coach's caseload, say).</param>
    /// <returns>The stream's new version.</returns>
    public async Task<long> Decide<TStream>(Guid id, long? expectedVersion, Func<TStream, Decision> decide,
        CancellationToken ct, Func<IDocumentSession, Task>? beforeCommit = null) where TStream : class
    {
        var stream = await FetchExisting<TStream>(id, expectedVersion, ct);
        var decision = decide(stream.Aggregate!);
        if (decision.Events.Count == 0) return stream.CurrentVersion ?? 0;
        stream.AppendMany([.. decision.Events]);
        if (beforeCommit is not null) await beforeCommit(session);
        await Commit(decision, ct);
        return (stream.StartingVersion ?? 0) + decision.Events.Count;
    }

    /// <summary>
    /// The first step alone, for a use case that writes to more than one stream: the stream fetched for writing
    /// at <paramref name="expectedVersion"/> (when given), or 404 when it does not exist in the organisation.
    /// </summary>
    public async Task<JasperFx.Events.IEventStream<TStream>> FetchExisting<TStream>(Guid id, long? expectedVersion, CancellationToken ct)
        where TStream : class
    {
        var stream = expectedVersion is { } expected
            ? await session.Events.FetchForWriting<TStream>(id, expected, ct)
            : await session.Events.FetchForWriting<TStream>(id, ct);
        return stream.Aggregate is null ? throw new NotFoundException(Describe<TStream>(), id) : stream;
    }

    /// <summary>
    /// Commits whatever was appended to the session (for a use case that writes to more than one stream), with
    /// the decision's integration events in the same transaction.
    /// </summary>
    public async Task Commit(Decision decision, CancellationToken ct)
    {
        if (decision.IntegrationEvents.Count > 0)
        {
            outbox.Enroll(session);
            // The envelope takes the bus's tenant, not the session's: handlers open their sessions for it.
            outbox.TenantId = session.TenantId;
            var messages = decision.IntegrationEvents
                .SelectMany(m => m is IImpliesIntegrationEvents implies ? [m, .. implies.ImpliedEvents()] : new[] { m });
            foreach (var message in messages) await outbox.PublishAsync(message);
        }
        await session.SaveChangesAsync(ct);
    }

    private static string Describe<TStream>() => typeof(TStream).Name;
}
