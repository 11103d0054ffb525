namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// What a decider decided: the events for the stream it decided on, appends to other streams it was given
/// (a coach's caseload, say), documents kept beside the streams (what a module knows of another's clients), and
/// the integration events other modules hear once (and only if) all of it commits.
/// </summary>
public sealed record Decision(IReadOnlyList<object> Events, IReadOnlyList<object> IntegrationEvents, IReadOnlyList<StreamAppend> OtherStreams)
{
    /// <summary>Nothing to record: the command is already in effect (an idempotent repeat) or moot.</summary>
    public static readonly Decision None = new([], [], []);

    public static Decision Of(params object[] events) => new(events, [], []);

    /// <summary>Documents to insert: a second insert of the same id fails, so a racing twin retries on fresh data.</summary>
    public IReadOnlyList<object> Inserts { get; init; } = [];

    /// <summary>Documents to store over their loaded version (checked where the type uses optimistic concurrency).</summary>
    public IReadOnlyList<object> Updates { get; init; } = [];

    public Decision Inserting(object document) => this with { Inserts = [.. Inserts, document] };

    public Decision Updating(object document) => this with { Updates = [.. Updates, document] };

    /// <summary>Documents stored whatever is there, in bulk: one statement per document type (<see cref="DocumentUpserts"/>).</summary>
    public IReadOnlyList<object> Upserts { get; init; } = [];

    /// <summary>
    /// Documents stored whatever is there (an upsert keyed by id): many at once, such as a batch of measurements
    /// keyed by their natural key, so a re-sent item overwrites itself instead of failing or duplicating. Written in
    /// bulk (one statement per type, in the command's transaction), not one statement per document.
    /// </summary>
    public Decision Upserting(IEnumerable<object> documents) => this with { Upserts = [.. Upserts, .. documents] };

    public Decision Publishing(params object[] integrationEvents) =>
        this with { IntegrationEvents = [.. IntegrationEvents, .. integrationEvents] };

    /// <summary>Also appends to another stream, one that was fetched (and locked) for this decision.</summary>
    public Decision AppendingTo(Guid streamId, params object[] events) =>
        events.Length == 0 ? this : this with { OtherStreams = [.. OtherStreams, new StreamAppend(streamId, events)] };

    /// <summary>
    /// Also records events on a stream that no decision reads: a module's published facts about a client, which other
    /// modules project in this same transaction. <paramref name="starts"/> starts the stream as a <typeparamref name="TStream"/>.
    /// </summary>
    public Decision Recording<TStream>(Guid streamId, bool starts, params object[] events) =>
        this with { OtherStreams = [.. OtherStreams, new StreamAppend(streamId, events, Locked: false, starts ? typeof(TStream) : null)] };

    public bool IsEmpty => Events.Count == 0 && IntegrationEvents.Count == 0 && OtherStreams.Count == 0 && Inserts.Count == 0 && Updates.Count == 0
                           && Upserts.Count == 0;
}
