using Npgsql;

namespace CoachingBackend.BuildingBlocks.Locking;

/// <summary>
/// PostgreSQL session advisory locks, held on a connection of the caller's own. Release them explicitly: closing the
/// connection would too, but it goes back to a pool. Two-key locks (a class and an object) keep ours apart from
/// Marten's and Wolverine's single-key ones.
/// </summary>
public static class AdvisoryLocks
{
    /// <summary>Takes the lock if no one holds it; false when another session does.</summary>
    public static async Task<bool> TryLockAsync(NpgsqlConnection connection, int lockClass, int lockObject, CancellationToken ct) =>
        (bool)(await CallAsync(connection, "pg_try_advisory_lock", ct, lockClass, lockObject))!;

    public static Task UnlockAsync(NpgsqlConnection connection, int lockClass, int lockObject) =>
        CallAsync(connection, "pg_advisory_unlock", CancellationToken.None, lockClass, lockObject);

    /// <summary>Waits for a single-key lock (one of Marten's, say).</summary>
    public static Task LockAsync(NpgsqlConnection connection, long key, CancellationToken ct) =>
        CallAsync(connection, "pg_advisory_lock", ct, key);

    public static Task UnlockAsync(NpgsqlConnection connection, long key) =>
        CallAsync(connection, "pg_advisory_unlock", CancellationToken.None, key);

    private static async Task<object?> CallAsync(NpgsqlConnection connection, string function, CancellationToken ct, params object[] keys)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {function}({string.Join(", ", keys.Select((_, i) => $"@k{i}"))})";
        for (var i = 0; i < keys.Length; i++) command.Parameters.AddWithValue($"k{i}", keys[i]);
        return await command.ExecuteScalarAsync(ct);
    }
}
