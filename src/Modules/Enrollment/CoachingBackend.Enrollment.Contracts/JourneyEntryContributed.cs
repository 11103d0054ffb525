namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// Something another module recorded about a client, for the client's journey: the one way in for every module
/// (programmes, courses, feedback), so Enrollment never depends on the modules that write to the journey. It carries a
/// short summary and a reference to the source (its stream and version), never the whole record.
/// </summary>
/// <param name="Module">The module that recorded it, e.g. <c>programs</c>.</param>
/// <param name="Kind">What happened, kebab-case, e.g. <c>programme-started</c>, <c>entry-recorded</c>.</param>
/// <param name="Summary">One line for the timeline, in the coach's words; no health data beyond what the journey shows.</param>
/// <param name="SourceStream">The id of the module's stream where the full record lives.</param>
/// <param name="SourceVersion">That stream's version of the record: with the stream, what makes the entry unique.</param>
/// <param name="IsClientsOwnDoing">The client did it themself: it counts as activity (the passive-client rule).</param>
public sealed record JourneyEntryContributed(
    string TenantId,
    Guid ClientId,
    string Module,
    string Kind,
    string Summary,
    Guid SourceStream,
    long SourceVersion,
    DateTimeOffset OccurredAt,
    bool IsClientsOwnDoing) : IClientActivity;
