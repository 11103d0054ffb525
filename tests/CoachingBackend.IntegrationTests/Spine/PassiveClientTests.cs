using System.Text.Json;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.FollowUps.Raising;
using CoachingBackend.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingBackend.IntegrationTests.Spine;

/// <summary>
/// The passive-client rule after a time-out, and a follow-up scan that cannot be starved. This class owns its host
/// (it moves the clock) and runs the scan itself, so that "nothing raised" is a fact, not a race.
/// </summary>
public sealed class PassiveClientTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private FollowUpScanner Scanner => api.Services.GetServices<IHostedService>().OfType<FollowUpScanner>().Single();

    [Fact]
    public async Task A_client_who_resumes_after_a_time_out_and_does_nothing_is_followed_up_a_month_after_resumption()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId, "Aino");
        var pekka = await org.ActiveClientAsync(coach, coachId, "Pekka");
        var now = await MoveClock("PT0S");
        foreach (var client in new[] { aino, pekka })
            await coach.PostOk($"/api/v1/clients/{client}/time-out", new { reason = "Exams", returnBy = DateOnly.FromDateTime(now.UtcDateTime.AddDays(10)) });

        var resumedAt = await MoveClock("P5D");
        coach = await org.As("coach", "coach-anna");
        foreach (var client in new[] { aino, pekka }) await coach.PostOk($"/api/v1/clients/{client}/resumption", new { });
        // Pekka does something of his own after his return; Aino does not.
        var afterReturn = await MoveClock("PT1M");
        await coach.PostOk($"/api/v1/clients/{pekka}/meetings", new { plannedAt = afterReturn, mode = "remote", outcome = "held" });

        await MoveClock("P26D"); // 31 days since activation, 26 since resumption: not yet due
        await Scanner.ScanAsync(CancellationToken.None);
        coach = await org.As("coach", "coach-anna");
        Assert.Empty(await PassiveFollowUps(coach));

        await MoveClock("P5D"); // 31 days since resumption
        await Scanner.ScanAsync(CancellationToken.None);
        coach = await org.As("coach", "coach-anna");
        var followUp = Assert.Single(await PassiveFollowUps(coach));
        Assert.Equal(aino, followUp.GetProperty("clientId").GetGuid());
        var raised = (await coach.GetJson($"/api/v1/clients/{aino}/journey")).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "follow_up_raised").GetProperty("payload");
        var resumed = (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("timeOut").GetProperty("resumedAt").GetDateTimeOffset();
        Assert.Equal(resumed.AddDays(30), raised.GetProperty("dueSince").GetDateTimeOffset());
        Assert.Contains("since the return from a time-out", raised.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Clients_whose_due_date_never_clears_do_not_crowd_out_a_client_who_is_due()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId, "Aino");
        // More records than one page of the scan (500), each due long ago and first in line, whose journeys are gone.
        var store = api.Services.GetRequiredService<IDocumentStore>();
        var stale = Enumerable.Range(0, 501).Select(_ => new ClientRecord
        {
            Id = Guid.NewGuid(), TenantId = org.Tenant, Status = ClientStatus.Active,
            PassiveCheckDueAt = DateTimeOffset.UnixEpoch, LastChangedAt = DateTimeOffset.UnixEpoch,
        }).ToList();
        await store.BulkInsertAsync(org.Tenant, stale);

        await MoveClock("P31D");
        await Scanner.ScanAsync(CancellationToken.None);

        coach = await org.As("coach", "coach-anna");
        Assert.Equal(aino, Assert.Single(await PassiveFollowUps(coach)).GetProperty("clientId").GetGuid());
    }

    private async Task<DateTimeOffset> MoveClock(string advance) =>
        (await api.MoveClockAsync(new { advance })).GetProperty("now").GetDateTimeOffset();

    private static async Task<List<JsonElement>> PassiveFollowUps(HttpClient coach) =>
        (await coach.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "passive-client").ToList();
}
