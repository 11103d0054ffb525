using Wolverine;
using Wolverine.Persistence.Durability;

namespace CoachingBackend.Host.Operations;

/// <summary>
/// Stamps the organisation on a message as it goes into dead-letter storage. Wolverine keeps dead letters of one
/// database in one table with no tenant column, and the envelope's tenant id is not a header; as a header, the
/// organisation can be filtered on by Wolverine's own dead-letter query, replay and discard.
/// </summary>
public sealed class DeadLetterTenancy : IDeadLetterInterceptor
{
    public const string Header = "coaching-tenant";

    public ValueTask<Exception?> BeforeStoreAsync(Envelope envelope, Exception? exception, CancellationToken cancellation)
    {
        if (envelope.TenantId is { Length: > 0 } tenant) envelope.Headers[Header] = tenant;
        return ValueTask.FromResult(exception);
    }

    /// <summary>The organisation a dead letter belongs to: the stamp, else the envelope's own tenant id.</summary>
    public static string? TenantOf(DeadLetterEnvelope letter) =>
        letter.Envelope.Headers.TryGetValue(Header, out var tenant) && tenant is { Length: > 0 } ? tenant : letter.Envelope.TenantId;
}
