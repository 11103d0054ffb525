using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Marten;
using Marten.Schema;
using Npgsql;
using NpgsqlTypes;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// The bulk part of the write path (<see cref="Decision.Upserting"/>): many documents of one type stored whatever is
/// there, as <b>one</b> <c>INSERT … SELECT FROM unnest(…) ON CONFLICT … DO UPDATE</c> per type, on the session's own
/// connection and inside its transaction, instead of one upsert statement per document. Columns are those of
/// Marten's document table (tenant, id, the JSON body, Marten's metadata and the duplicated fields), so Marten reads
/// the rows as if it had written them itself. Marten's <c>BulkInsertDocumentsAsync</c> commits in a transaction of its
/// own, which a command's one transaction (ADR 17) cannot allow.
/// </summary>
public static class DocumentUpserts
{
    private static readonly ConcurrentDictionary<Type, Plan> Plans = new();

    public static async Task WriteAsync(IDocumentSession session, IReadOnlyList<object> documents, CancellationToken ct)
    {
        var connection = session.Connection
                         ?? throw new InvalidOperationException("The session's transaction was not begun before a bulk upsert.");
        foreach (var group in documents.GroupBy(d => d.GetType()))
        {
            var plan = Plans.GetOrAdd(group.Key, type => Plan.For(session.DocumentStore, type));
            await using var command = plan.Command(connection, session, [.. group]);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private sealed record Column(string Name, NpgsqlDbType Type, Func<object, object?> Value);

    private sealed class Plan(string sql, string dotnetType, bool conjoined, IReadOnlyList<Column> columns)
    {
        public static Plan For(IDocumentStore store, Type type)
        {
            var mapping = (DocumentMapping)store.Options.FindOrResolveDocumentType(type);
            if (mapping.UseOptimisticConcurrency || mapping.UseNumericRevisions)
                throw new InvalidOperationException($"{type.Name} checks versions: it is updated, not upserted in bulk.");
            var idMember = mapping.IdMember;
            var id = new Column("id", NpgsqlDbType.Uuid, Getter([idMember]));
            var data = new Column("data", NpgsqlDbType.Jsonb, _ => null);
            var duplicated = mapping.DuplicatedFields
                .Select(f => new Column(f.ColumnName, f.DbType, Getter(f.Members))).ToList();
            List<Column> columns = [id, data, .. duplicated];
            var conjoined = mapping.TenancyStyle.ToString() == "Conjoined";
            var table = mapping.TableName.QualifiedName;
            var names = columns.Select(c => c.Name).ToList();
            var parameters = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
            var tenantColumn = conjoined ? "tenant_id, " : "";
            var tenantValue = conjoined ? "@tenant, " : "";
            var conflict = conjoined ? "tenant_id, id" : "id";
            var sql = $"""
                insert into {table} as t ({tenantColumn}{string.Join(", ", names)}, mt_last_modified, mt_version, mt_dotnet_type)
                select {tenantValue}{string.Join(", ", names.Select(n => $"u.{n}"))}, transaction_timestamp(), gen_random_uuid(), @type
                from unnest({parameters}) as u({string.Join(", ", names)})
                on conflict ({conflict}) do update set
                  {string.Join(", ", names.Where(n => n != "id").Select(n => $"{n} = excluded.{n}"))},
                  mt_last_modified = excluded.mt_last_modified, mt_version = excluded.mt_version, mt_dotnet_type = excluded.mt_dotnet_type
                """;
            return new Plan(sql, type.FullName!, conjoined, columns);
        }

        public NpgsqlCommand Command(NpgsqlConnection connection, IDocumentSession session, IReadOnlyList<object> documents)
        {
            var command = new NpgsqlCommand(sql, connection);
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var values = column.Name == "data"
                    ? documents.Select(session.DocumentStore.Options.Serializer().ToJson).ToArray()
                    : documents.Select(column.Value).ToArray();
                command.Parameters.Add(new NpgsqlParameter($"p{c}", NpgsqlDbType.Array | column.Type) { Value = Typed(values, column.Type) });
            }
            if (conjoined) command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Varchar) { Value = session.TenantId });
            command.Parameters.Add(new NpgsqlParameter("type", NpgsqlDbType.Varchar) { Value = dotnetType });
            return command;
        }

        /// <summary>A typed array (Guid[], DateOnly[], string[]…) so Npgsql writes it in binary without asking.</summary>
        private static Array Typed(object?[] values, NpgsqlDbType type)
        {
            var elementType = values.FirstOrDefault(v => v is not null)?.GetType() ?? typeof(object);
            if (values.Any(v => v is null) && elementType.IsValueType) elementType = typeof(Nullable<>).MakeGenericType(elementType);
            var array = Array.CreateInstance(elementType, values.Length);
            for (var i = 0; i < values.Length; i++) array.SetValue(values[i], i);
            return array;
        }
    }

    private static Func<object, object?> Getter(IReadOnlyList<MemberInfo> members) => document =>
    {
        object? value = document;
        foreach (var member in members)
        {
            if (value is null) return null;
            value = member switch
            {
                PropertyInfo property => property.GetValue(value),
                FieldInfo field => field.GetValue(value),
                _ => throw new NotSupportedException(member.ToString()),
            };
        }
        return value is Enum e ? e.ToString() : value;
    };
}
