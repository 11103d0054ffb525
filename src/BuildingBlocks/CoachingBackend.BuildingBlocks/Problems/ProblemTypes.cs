namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>
/// The stable RFC 9457 <c>type</c> URIs this API answers with. Clients branch on these, never on titles,
/// so a value here is never renamed once published.
/// </summary>
public static class ProblemTypes
{
    public const string Prefix = "urn:coachingbackend:problem:";

    public const string Validation = Prefix + "validation";
    public const string MalformedRequest = Prefix + "malformed-request";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string Unauthenticated = Prefix + "unauthenticated";
    public const string Forbidden = Prefix + "forbidden";
    public const string NotFound = Prefix + "not-found";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    /// <summary>The If-Match version is no longer the stream's version: re-read and retry.</summary>
    public const string StaleVersion = Prefix + "stale-version";
    /// <summary>Someone else changed the same record at the same moment (no If-Match was sent): retry.</summary>
    public const string ConcurrentChange = Prefix + "concurrent-change";
    public const string Unexpected = Prefix + "unexpected";
    /// <summary>The Idempotency-Key was used before for another request (another operation or body): 422.</summary>
    public const string IdempotencyKeyReused = Prefix + "idempotency-key-reused";
    /// <summary>A request with the same Idempotency-Key is still being processed: 409, retry later.</summary>
    public const string IdempotencyKeyInFlight = Prefix + "idempotency-key-in-flight";
    /// <summary>The key's first request was carried out but its answer was lost (the process stopped): 409, read the resource.</summary>
    public const string IdempotencyKeyAnswerLost = Prefix + "idempotency-key-answer-lost";
    /// <summary>The database cannot be reached for a moment (a restart, a fail-over): retry after <c>Retry-After</c>.</summary>
    public const string ServiceUnavailable = Prefix + "service-unavailable";

    /// <summary>The type of a broken domain rule: <c>urn:coachingbackend:problem:&lt;rule&gt;</c>.</summary>
    public static string ForRule(string rule) => Prefix + rule;

    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        412 => StaleVersion,
        415 => UnsupportedMediaType,
        503 => ServiceUnavailable,
        >= 500 => Unexpected,
        _ => Prefix + status,
    };
}
