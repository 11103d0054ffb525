using CoachingBackend.IntegrationTests.Infrastructure;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoachingBackend.IntegrationTests.Analytics;

public sealed class ProjectionRebuildTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_projection_rebuilt_from_zero_equals_the_live_one()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        await org.ReferAsync("Pekka");
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/time-out",
            new { reason = "Knee surgery.", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)) }));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/resumption", new { note = "Back." }));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Done." }));
        await api.ProjectionsCaughtUpAsync();
        var store = api.Services.GetRequiredService<IDocumentStore>();
        var daemon = api.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();

        var projections = store.Options.Events.Projections().OfType<IProjectionSource<IDocumentOperations, IQuerySession>>().ToList();
        Assert.NotEmpty(projections);
        foreach (var projection in projections)
        {
            var tables = projection.PublishedTypes().Select(t => store.Options.FindOrResolveDocumentType(t).TableName.QualifiedName).ToList();
            var live = await ReadAsync(tables);
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(1), CancellationToken.None);
            var rebuilt = await ReadAsync(tables);
            Assert.True(live.Count > 0 || rebuilt.Count == 0, projection.Name);
            Assert.Equal(live, rebuilt);
        }
    }

    /// <summary>Every document of the tables, as stored JSON, in a stable order: what the projection's readers see.</summary>
    private async Task<List<string>> ReadAsync(IEnumerable<string> tables)
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select tenant_id || ' ' || id::text || ' ' || data::text from {table} order by tenant_id, id::text", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add($"{table} {reader.GetString(0)}");
        }
        return rows;
    }
}
