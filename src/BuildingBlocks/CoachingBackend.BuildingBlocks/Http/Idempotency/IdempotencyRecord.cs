namespace CoachingBackend.BuildingBlocks.Http.Idempotency;

/// <summary>
/// One caller's use of one <c>Idempotency-Key</c> in their organisation (conjoined tenancy): the fingerprint of the
/// first request and, once known, its answer. Written first without an answer in the command's own transaction, so
/// a key whose command committed is never free again; the answer is added when the response is complete.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary><see cref="EventSourcing.StableIds"/> over the organisation, the caller and the key.</summary>
    public Guid Id { get; set; }

    /// <summary>SHA-256 (hex) of the method, the path with its query and the body bytes of the first request.</summary>
    public string Fingerprint { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The first answer's status; null while the answer is not yet stored.</summary>
    public int? Status { get; set; }

    public string? ContentType { get; set; }

    /// <summary>The headers replayed with the answer (Location, ETag).</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    public byte[] Body { get; set; } = [];
}
