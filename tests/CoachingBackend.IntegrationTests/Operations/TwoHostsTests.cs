using CoachingBackend.Enrollment.FollowUps.Raising;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine.Runtime;

namespace CoachingBackend.IntegrationTests.Operations;

/// <summary>Two nodes of the application on one database, as a deployment with two instances runs.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public ApiFactory A { get; } = new();
    public ApiFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        // The second starts after the first has migrated the schema, as a rolling start would.
        B = new ApiNode(A.ConnectionString);
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}

/// <summary>
/// Each node does its share and nothing happens twice: every integration event is handled once, and every
/// time-driven follow-up is raised once, whichever node took the request or ran the scan.
/// </summary>
public sealed class TwoHostsTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task Integration_events_raised_through_either_node_are_handled_exactly_once()
    {
        var org = await Organisation.StartAsync(nodes.A);
        var adminB = await nodes.B.ClientAs(org.Tenant, "org-admin", "admin-1");
        var clients = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            clients.Add(await org.Admin.ReferAsync(Referrals.Valid($"A{i}")));
            clients.Add(await adminB.ReferAsync(Referrals.Valid($"B{i}")));
        }
        for (var i = 0; i < clients.Count; i++)
        {
            var node = i % 2 == 0 ? nodes.B : nodes.A; // assessed on the other node than the one that referred
            var client = await node.ClientAs(org.Tenant, "client", clients[i].ToString());
            // Either node may have handled the referral, so no one node's tracked session sees it: ask until known.
            await Eventually.Until(async () => (await client.GetAsync($"/api/v1/clients/{clients[i]}/readiness-assessments")).StatusCode,
                status => status != System.Net.HttpStatusCode.NotFound, "the client known to ReadinessAssessment");
            await client.PostOk($"/api/v1/clients/{clients[i]}/readiness-assessments", Questionnaires.Ruler(7, 6, 7, "yes"));
        }

        await Drained();

        foreach (var clientId in clients)
        {
            var journey = await org.JourneyAsync(clientId);
            Assert.Single(journey.Types(), t => t == "readiness_result_recorded");
            Assert.Single(journey.Types(), t => t == "client_referred");
            var assessments = (await adminB.GetJson($"/api/v1/clients/{clientId}/readiness-assessments")).GetProperty("assessments");
            Assert.Equal(1, assessments.GetArrayLength());
        }
    }

    [Fact]
    public async Task A_passive_client_is_followed_up_exactly_once_when_both_nodes_scan()
    {
        var org = await Organisation.StartAsync(nodes.A);
        var (coachId, coachA) = await org.CoachAsync("coach-anna");
        var adminB = await nodes.B.ClientAs(org.Tenant, "org-admin", "admin-1");
        var coachB = await nodes.B.ClientAs(org.Tenant, "coach", "coach-anna");
        var clients = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            clients.Add(await org.ActiveClientAsync(coachA, coachId, $"A{i}"));
            var viaB = await adminB.ReferAsync(Referrals.Valid($"B{i}"));
            await org.IntakeAsync(coachB, viaB);
            await org.AssignAsync(coachB, viaB, coachId);
            await coachB.PostOk($"/api/v1/clients/{viaB}/activation", new { overrideReason = "Assessment done on paper at the health station." });
            clients.Add(viaB);
        }
        await Drained();

        // The clock is each process's own: move both, as both nodes of a deployment share the wall clock.
        foreach (var node in new[] { nodes.A, nodes.B }) await node.MoveClockAsync(new { advance = "P31D" });
        // Each node's scan at the moved time, after (or instead of) the one the clock's move started.
        await ScannedAsync(nodes.A);
        await ScannedAsync(nodes.B);

        var admin = await nodes.B.ClientAs(org.Tenant, "org-admin", "admin-1"); // tokens are judged by the moved clock
        var followUps = (await admin.GetJson("/api/v1/follow-ups?limit=200")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(clients.Order(), followUps.Select(f => f.GetProperty("clientId").GetGuid()).Order());
        Assert.All(followUps, f => Assert.Equal("passive-client", f.GetProperty("kind").GetString()));
        foreach (var clientId in clients)
            Assert.Single((await admin.GetJson($"/api/v1/clients/{clientId}/journey")).Types(), t => t == "follow_up_raised");
    }

    [Fact]
    public async Task While_one_node_holds_the_scan_no_other_node_scans()
    {
        // A scan elsewhere holds the lock (here: this test's own connection, for as long as it likes).
        await using var elsewhere = new Npgsql.NpgsqlConnection(nodes.A.ConnectionString);
        await elsewhere.OpenAsync();
        await Advisory(elsewhere, "pg_advisory_lock");

        Assert.False(await Scanner(nodes.A).ScanExclusivelyAsync(CancellationToken.None));
        Assert.False(await Scanner(nodes.B).ScanExclusivelyAsync(CancellationToken.None));

        await Advisory(elsewhere, "pg_advisory_unlock");
        await ScannedAsync(nodes.A);
    }

    private static async Task Advisory(Npgsql.NpgsqlConnection connection, string function)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {function}({FollowUpScanner.LockClass}, {FollowUpScanner.FollowUpLock})";
        await command.ExecuteScalarAsync();
    }

    private static FollowUpScanner Scanner(ApiFactory node) => node.Services.GetServices<IHostedService>().OfType<FollowUpScanner>().Single();

    /// <summary>Every message either node stored has been handled (the nodes share one inbox and outbox).</summary>
    private async Task Drained() =>
        await Eventually.Until(async () => await nodes.A.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.FetchCountsAsync(),
            counts => counts.Incoming == 0 && counts.Outgoing == 0 && counts.Scheduled == 0, "the inbox and outbox drained");

    private static Task ScannedAsync(ApiFactory node)
    {
        var scanner = node.Services.GetServices<IHostedService>().OfType<FollowUpScanner>().Single();
        return Eventually.Until(() => scanner.ScanExclusivelyAsync(CancellationToken.None), scanned => scanned, "a scan of its own");
    }
}
