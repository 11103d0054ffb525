using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoachingBackend.IntegrationTests.Analytics;

/// <summary>
/// A test-only event whose shape changed: version 1 held a temperature in Celsius; version 2 holds a value and its unit.
/// </summary>
[EventMeaning("Test only: a reading, now a value with its unit.", SchemaVersion = 2)]
public sealed record ProbeReading([property: Personal(PersonalData.ClientId)] Guid ClientId, decimal Value, string Unit);

/// <summary>The first shape of <see cref="ProbeReading"/>, as old rows hold it (stored as <c>probe_reading_v1</c>).</summary>
public sealed record ProbeReadingV1(Guid ClientId, decimal Celsius);

/// <summary>A host whose store knows the probe event and upcasts its old shape with Marten's upcaster.</summary>
public sealed class UpcastingApi : ApiFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureMarten(options =>
        {
            options.Events.AddEventType<ProbeReading>();
            options.Events.Upcast<ProbeReadingV1, ProbeReading>("probe_reading_v1", old => new ProbeReading(old.ClientId, old.Celsius, "celsius"));
        });
}

public sealed class UpcastingTests(UpcastingApi api) : IClassFixture<UpcastingApi>
{
    [Fact]
    public async Task An_event_stored_in_its_old_shape_is_exported_in_the_current_one()
    {
        var org = await Organisation.StartAsync(api);
        var clientId = Guid.NewGuid();
        await StoreRawAsync(org.Tenant, "probe_reading_v1", $$"""{"clientId":"{{clientId}}","celsius":36.6}""");
        await api.ProjectionsCaughtUpAsync();

        var line = Assert.Single(await (await org.As("analyst")).ExportAsync("?types=probe_reading"));

        Assert.Equal("probe_reading", line.Type());
        Assert.Equal(2, line.GetProperty("schemaVersion").GetInt32());
        var data = line.GetProperty("data");
        Assert.Equal(36.6m, data.GetProperty("value").GetDecimal());
        Assert.Equal("celsius", data.GetProperty("unit").GetString());
        Assert.False(data.TryGetProperty("celsius", out _));
        Assert.StartsWith("c_", data.GetProperty("clientId").GetString());
        Assert.DoesNotContain(clientId.ToString(), line.GetRawText());
    }

    /// <summary>A row as an older release of the code wrote it, straight into the store's tables.</summary>
    private async Task StoreRawAsync(string tenant, string typeName, string data)
    {
        var schema = api.Services.GetRequiredService<IDocumentStore>().Options.Events.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        var stream = Guid.NewGuid();
        await using var command = new NpgsqlCommand(
            $"""
             insert into {schema}.mt_streams (id, type, version, timestamp, created, tenant_id) values (@stream, null, 1, now(), now(), @tenant);
             insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
               values (nextval('{schema}.mt_events_sequence'), @id, @stream, 1, @data::jsonb, @type, now(), @tenant, 'Old.ProbeReading, Old');
             """, connection);
        command.Parameters.AddWithValue("stream", stream);
        command.Parameters.AddWithValue("id", Guid.NewGuid());
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("data", data);
        command.Parameters.AddWithValue("type", typeName);
        await command.ExecuteNonQueryAsync();
    }
}
