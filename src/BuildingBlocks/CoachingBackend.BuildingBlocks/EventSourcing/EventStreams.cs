using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using JasperFx;
using JasperFx.Events;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// The one write path. Every command is a pure decider, <c>Decide(state, command, context) → Decision</c>, run here
/// in four steps: fetch the stream for writing (checking the expected version), decide, append, commit. Integration
/// events go out through Wolverine's Marten outbox in the same transaction, so they are never published without
/// the events nor lost after them. (docs/adding-a-use-case.md, docs/adr/0010-one-write-path.md)
/// </summary>
public sealed class EventStreams
{
    private readonly IDocumentSession _session;
    private readonly IMessageBus _bus;
    private readonly bool _commits;

    /// <summary>For a request: the request's session, opened for the caller's organisation; commits itself.</summary>
    public EventStreams(IDocumentSession session, IMartenOutbox outbox, RequestContext caller, TimeProvider time)
        : this(session, outbox, new CommandContext(caller, time.GetUtcNow()), commits: true)
    {
        outbox.Enroll(session);
        // Envelopes carry the organisation, the caller's correlation id and who acted, so the handlers of other
        // modules open their sessions for that organisation and their events share the caller's correlation id.
        outbox.TenantId = session.TenantId;
        if (outbox is IMessageContext envelopes)
        {
            envelopes.CorrelationId = session.CorrelationId;
            envelopes.UserName = session.LastModifiedBy;
        }
    }

    private EventStreams(IDocumentSession session, IMessageBus bus, CommandContext context, bool commits)
    {
        _session = session;
        _bus = bus;
        _commits = commits;
        Context = context;
    }

    /// <summary>
    /// For a handler of an integration event: the session Wolverine opened for the message (its organisation, its
    /// correlation id, the message as cause), committed by Wolverine together with the message's inbox mark.
    /// </summary>
    public static async Task<EventStreams> ForMessageAsync(IDocumentSession session, IMessageContext message, string actor,
        TimeProvider time, CancellationToken ct)
    {
        session.LastModifiedBy = actor;
        var caller = new RequestContext();
        caller.Set(session.TenantId, actor, [], message.CorrelationId ?? "", session.CausationId);
        var streams = new EventStreams(session, message, new CommandContext(caller, time.GetUtcNow()), commits: false);
        await streams.BeginAsync(ct);
        return streams;
    }

    public CommandContext Context { get; }

    /// <summary>Reads in the same session (and transaction) as the write: documents a decision needs as input.</summary>
    public IQuerySession Reads => _session;

    /// <summary>Starts a new stream of type <typeparamref name="TState"/>; returns its version.</summary>
    /// <exception cref="Marten.Exceptions.ExistingStreamIdCollisionException">The stream exists already.</exception>
    public async Task<long> Start<TState>(Guid id, Func<CommandContext, Decision> decide, CancellationToken ct) where TState : class
    {
        await BeginAsync(ct);
        var decision = Unlocked(decide(Context));
        _session.Events.StartStream<TState>(id, [.. decision.Events]);
        RecordUnlocked(decision);
        await Commit(decision, ct);
        return decision.Events.Count;
    }

    /// <summary>
    /// Decides on an existing stream: 404 when it does not exist in the organisation; a stale
    /// <paramref name="expectedVersion"/> or a concurrent writer fails the whole command. Returns the new version.
    /// </summary>
    public async Task<long> Decide<TState>(Guid id, long? expectedVersion, Func<TState, CommandContext, Decision> decide,
        CancellationToken ct) where TState : class
    {
        var stream = await FetchExisting<TState>(id, expectedVersion, ct);
        return await Record(stream, Unlocked(decide(stream.Aggregate!, Context)), ct);
    }

    /// <summary>
    /// Decides on a stream that may not exist yet (one per organisation, say): the decider gets null and the first
    /// decision starts it. An If-Match of 0 means "still the defaults".
    /// </summary>
    public async Task<long> DecideOrStart<TState>(Guid id, long? expectedVersion, Func<TState?, CommandContext, Decision> decide,
        CancellationToken ct) where TState : class
    {
        await BeginAsync(ct);
        var stream = await _session.Events.FetchForWriting<TState>(id, ct);
        if (expectedVersion is { } expected && expected != (stream.CurrentVersion ?? 0)) throw Stale(id, expected);
        return await Record(stream, Unlocked(decide(stream.Aggregate, Context)), ct);
    }

    /// <summary>
    /// Decides on a stream together with other streams of <typeparamref name="TOther"/>, which are locked exclusively
    /// (in id order, so two such decisions cannot deadlock) until the decision commits; the decision may append to them.
    /// </summary>
    public async Task<long> Decide<TState, TOther>(Guid id, long? expectedVersion, Func<TState, IEnumerable<Guid?>> lockAlso,
        Func<LockedStreams<TState, TOther>, CommandContext, Decision> decide, CancellationToken ct)
        where TState : class where TOther : class
    {
        var stream = await FetchExisting<TState>(id, expectedVersion, ct);
        var others = new Dictionary<Guid, IEventStream<TOther>>();
        foreach (var other in lockAlso(stream.Aggregate!).OfType<Guid>().Distinct().Order())
        {
            others[other] = await _session.Events.FetchForExclusiveWriting<TOther>(other, ct);
        }

        var locked = new LockedStreams<TState, TOther>(stream.Aggregate!,
            others.Where(o => o.Value.Aggregate is not null).ToDictionary(o => o.Key, o => o.Value.Aggregate!));
        var decision = decide(locked, Context);
        foreach (var append in decision.OtherStreams.Where(a => a.Locked))
        {
            var other = others.GetValueOrDefault(append.StreamId)
                        ?? throw new InvalidOperationException($"The decision appends to stream {append.StreamId}, which was not locked for it.");
            other.AppendMany([.. append.Events]);
        }
        return await Record(stream, decision, ct);
    }

    private async Task<IEventStream<TState>> FetchExisting<TState>(Guid id, long? expectedVersion, CancellationToken ct) where TState : class
    {
        await BeginAsync(ct);
        var stream = await _session.Events.FetchForWriting<TState>(id, ct);
        if (stream.Aggregate is null) throw new NotFoundException(typeof(TState).Name, id);
        if (expectedVersion is { } expected && expected != stream.CurrentVersion) throw Stale(id, expected);
        return stream;
    }

    private async Task<long> Record<TState>(IEventStream<TState> stream, Decision decision, CancellationToken ct) where TState : class
    {
        var version = stream.CurrentVersion ?? 0;
        // Nothing decided: the command is already in effect. Nothing is written, nor published.
        if (decision.IsEmpty) return version;
        stream.AppendMany([.. decision.Events]);
        RecordUnlocked(decision);
        await Commit(decision, ct);
        return version + decision.Events.Count;
    }

    /// <summary>
    /// Decides on documents alone (no stream): a module's own copy of what another told it, a published version.
    /// The handler reads what the decider needs through <see cref="Reads"/> first, in this same session.
    /// </summary>
    public async Task Decide(Func<CommandContext, Decision> decide, CancellationToken ct)
    {
        await BeginAsync(ct);
        var decision = decide(Context);
        if (decision.Events.Count > 0 || decision.OtherStreams.Count > 0)
            throw new InvalidOperationException("A decision on documents appends to no stream.");
        if (!decision.IsEmpty) await Commit(decision, ct);
    }

    /// <summary>
    /// Opens the session's transaction before its first read, so that the reads a decision rests on, the events, the
    /// inline projections and the outbox are one transaction on one connection (and not one autocommit per read).
    /// Idempotent; a command's handler has usually begun it already (<c>CommandTransaction</c>).
    /// </summary>
    public ValueTask BeginAsync(CancellationToken ct) => _session.BeginTransactionAsync(ct);

    /// <summary>A decision that was given no locked streams appends to none.</summary>
    private static Decision Unlocked(Decision decision) => decision.OtherStreams.Any(a => a.Locked)
        ? throw new InvalidOperationException("The decision appends to a stream that was not locked for it.")
        : decision;

    /// <summary>Appends to the streams no decision reads (and starts them where the decision says so).</summary>
    private void RecordUnlocked(Decision decision)
    {
        foreach (var append in decision.OtherStreams.Where(a => !a.Locked))
        {
            if (append.NewStreamOf is { } type) _session.Events.StartStream(type, append.StreamId, [.. append.Events]);
            else _session.Events.Append(append.StreamId, [.. append.Events]);
        }
    }

    private async Task Commit(Decision decision, CancellationToken ct)
    {
        if (decision.Inserts.Count > 0) _session.InsertObjects(decision.Inserts);
        if (decision.Updates.Count > 0) _session.StoreObjects(decision.Updates);
        // Bulk upserts go straight to the session's connection, in its transaction (begun before the decision's reads):
        // they commit or roll back with the events, the projections and the outbox below.
        if (decision.Upserts.Count > 0) await DocumentUpserts.WriteAsync(_session, decision.Upserts, ct);
        var messages = decision.IntegrationEvents
            .SelectMany(m => m is IImpliesIntegrationEvents implies ? [m, .. implies.ImpliedEvents()] : new[] { m });
        foreach (var message in messages) await _bus.PublishAsync(message);
        // A message handler's session is committed by Wolverine with the message's inbox mark (AutoApplyTransactions).
        if (_commits) await _session.SaveChangesAsync(ct);
    }

    private static ConcurrencyException Stale(Guid id, long expected) =>
        new($"Stream {id} is not at version {expected}.", null!);
}
