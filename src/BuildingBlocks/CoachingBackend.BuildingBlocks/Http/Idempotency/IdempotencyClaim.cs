using CoachingBackend.BuildingBlocks.Locking;
using Npgsql;

namespace CoachingBackend.BuildingBlocks.Http.Idempotency;

/// <summary>
/// A request that took an <c>Idempotency-Key</c>: the advisory lock that keeps a second request with the same key
/// out while this one runs (held on a connection of its own), the record written with the command, and the
/// failure that ended it, if any. Lives in <c>HttpContext.Items</c> from <see cref="IdempotencyKeys"/> until
/// <see cref="IdempotencyAnswers"/> has stored the answer and released the lock.
/// </summary>
public sealed class IdempotencyClaim(NpgsqlConnection connection, int lockKey, IdempotencyRecord record, string tenant) : IAsyncDisposable
{
    public const string ItemKey = "IdempotencyClaim";

    // The two-key advisory lock space (objsubid 2), apart from Marten's and Wolverine's single-key locks and from the
    // follow-up scan's class.
    private const int LockClass = 0x49646D70; // "Idmp"

    public IdempotencyRecord Record { get; } = record;
    public string Tenant { get; } = tenant;

    /// <summary>The exception the request failed with, as it passed through: a race lost is not an answer to keep.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Takes the key's lock; null when another request holds it (that one is still in flight).</summary>
    public static async Task<NpgsqlConnection?> LockAsync(NpgsqlConnection connection, int lockKey, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        if (await AdvisoryLocks.TryLockAsync(connection, LockClass, lockKey, ct)) return connection;
        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AdvisoryLocks.UnlockAsync(connection, LockClass, lockKey);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
