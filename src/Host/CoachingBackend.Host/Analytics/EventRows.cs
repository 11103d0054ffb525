using System.Text.Json;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// Reads an organisation's events in sequence order straight from <c>mt_events</c> with a database cursor, one row at a
/// time: memory stays flat however many there are. It reads no further than the store's high-water mark (the sequence
/// below which no transaction is still writing), so a reader resuming after the last sequence it got misses nothing.
/// A row stored under an older name of its type is read through Marten, whose upcaster gives it the current shape.
/// </summary>
public sealed class EventRows(IDocumentStore store, EventCatalogue catalogue)
{
    private readonly string _schema = store.Options.Events.DatabaseSchemaName;
    private readonly string[] _knownNames = store.Options.Events.AllKnownEventTypes().Select(t => t.EventTypeName).Distinct().ToArray();

    /// <summary>
    /// Hands each admitted event after <paramref name="after"/> to <paramref name="handle"/>, at most
    /// <paramref name="limit"/> of them, and answers the last sequence read (admitted or not), or <paramref name="after"/>.
    /// </summary>
    public async Task<long> ReadAsync(string tenantId, EventFilter filter, long after, long? limit,
        Func<StoredEvent, ValueTask> handle, CancellationToken ct)
    {
        var ceiling = await HighWaterMarkAsync(ct);
        var cursor = after;
        var remaining = limit;
        while (remaining is null or > 0)
        {
            var (read, handled, last) = await ReadBatchAsync(tenantId, filter, cursor, ceiling, remaining, handle, ct);
            cursor = last;
            // An unlimited read is one pass; a limited one reads on while rows it skipped (undeclared types) used its limit.
            if (remaining is null || read < remaining) break;
            remaining -= handled;
        }
        return cursor;
    }

    /// <summary>The store's high-water mark: every sequence up to it is committed or will never be.</summary>
    public async Task<long> HighWaterMarkAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select coalesce((select last_seq_id from {_schema}.mt_event_progression where name = 'HighWaterMark'), 0)", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private async Task<(long Read, long Handled, long Last)> ReadBatchAsync(string tenantId, EventFilter filter, long after, long ceiling,
        long? limit, Func<StoredEvent, ValueTask> handle, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             select seq_id, type, timestamp, stream_id, data from {_schema}.mt_events
             where tenant_id = @tenant and seq_id > @after and seq_id <= @ceiling
               and (@types::text[] is null or type = any(@types) or not (type = any(@known)))
               and (@from::timestamptz is null or timestamp >= @from) and (@to::timestamptz is null or timestamp <= @to)
             order by seq_id
             limit @limit
             """, connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("ceiling", ceiling);
        command.Parameters.Add(new NpgsqlParameter<string[]?>("types", filter.Types?.ToArray()) { DataTypeName = "text[]" });
        command.Parameters.AddWithValue("known", _knownNames);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("from", filter.From) { DataTypeName = "timestamptz" });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("to", filter.To) { DataTypeName = "timestamptz" });
        command.Parameters.Add(new NpgsqlParameter<long?>("limit", limit) { DataTypeName = "bigint" });

        long read = 0, handled = 0, last = after;
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            read++;
            last = reader.GetInt64(0);
            var name = reader.GetString(1);
            var recordedAt = reader.GetFieldValue<DateTimeOffset>(2);
            var stream = reader.GetGuid(3);
            var type = catalogue.Named(name);
            if (type is not null)
            {
                if (!filter.Admits(type)) continue;
                using var payload = await reader.GetFieldValueAsync<JsonDocument>(4, ct);
                await handle(new StoredEvent(last, type, recordedAt, stream, payload.RootElement));
                handled++;
            }
            else if (!_knownNames.Contains(name))
            {
                // An older name of a type: Marten upcasts it on the way in.
                using var upcast = await UpcastAsync(tenantId, last, ct);
                if (upcast is null || catalogue.Of(upcast.Value.Type) is not { } current || !filter.Admits(current)) continue;
                await handle(new StoredEvent(last, current, recordedAt, stream, upcast.Value.Payload.RootElement));
                handled++;
            }
        }
        return (read, handled, last);
    }

    private async Task<UpcastEvent?> UpcastAsync(string tenantId, long sequence, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenantId);
        var stored = await session.Events.QueryAllRawEvents().Where(e => e.Sequence == sequence).SingleOrDefaultAsync(ct);
        if (stored is null) return null;
        var json = store.Options.Serializer().ToJson(stored.Data);
        return new UpcastEvent(stored.EventType, JsonDocument.Parse(json));
    }

    private readonly record struct UpcastEvent(Type Type, JsonDocument Payload) : IDisposable
    {
        public void Dispose() => Payload.Dispose();
    }
}
