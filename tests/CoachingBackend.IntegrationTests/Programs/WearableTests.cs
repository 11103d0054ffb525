using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>
/// Wearable data through HTTP: idempotent batches, corrections, one figure a day from several sources, the preferred
/// order, refusals keyed by item, the integration role's limits, and challenges reached by late data. Each test moves
/// the clock three weeks past the referral, since no measurement may be of a day before it.
/// </summary>
public sealed class WearableTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private sealed record Setup(Organisation Org, Guid ClientId, HttpClient App, HttpClient Coach, HttpClient Gateway, DateOnly Today)
    {
        public string Url(string path = "") => $"/api/v1/clients/{ClientId}/measurements{path}";
    }

    private async Task<Setup> ActiveClientThreeWeeksOnAsync()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var now = (await api.MoveClockAsync(new { advance = "P21D" })).GetProperty("now").GetDateTimeOffset();
        return new(org, clientId, await org.As(Roles.Client, clientId.ToString()), await org.As(Roles.Coach, "coach-anna"),
            await org.As(Roles.Integration, "gateway-1"), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Helsinki).DateTime));
    }

    private static object Steps(DateOnly day, int value, string source = "garmin:fenix-7:ab12") =>
        new { metric = "steps", value, day = day.ToString("yyyy-MM-dd"), source };

    private Task<JsonElement> SyncAsync(HttpClient by, Setup s, params object[] items) =>
        api.AfterMessagesHandled(() => by.PostOk(s.Url(), new { items }));

    private static (int New, int Corrected, int Unchanged) Counts(JsonElement answer) =>
        (answer.GetProperty("new").GetInt32(), answer.GetProperty("corrected").GetInt32(), answer.GetProperty("unchanged").GetInt32());

    private static async Task<List<JsonElement>> ModuleEntries(Setup s, string kind) =>
        [.. (await s.Coach.GetJson($"/api/v1/clients/{s.ClientId}/journey")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded")
            .Select(e => e.GetProperty("payload")).Where(p => p.GetProperty("kind").GetString() == kind)];

    [Fact]
    public async Task A_batch_sent_again_gives_zero_new_items_and_the_journey_one_summary_entry()
    {
        var s = await ActiveClientThreeWeeksOnAsync();
        var (d1, d2) = (s.Today.AddDays(-3), s.Today.AddDays(-2));
        object[] batch =
        [
            Steps(d1, 8200), Steps(d2, 10400),
            new { metric = "sleep-minutes", value = 430, startAt = $"{d2:yyyy-MM-dd}T22:50:00+02:00", endAt = $"{s.Today.AddDays(-1):yyyy-MM-dd}T06:00:00+02:00",
                source = "garmin:fenix-7:ab12", sampleId = "sleep-1" },
        ];

        Assert.Equal((3, 0, 0), Counts(await SyncAsync(s.Gateway, s, batch)));
        Assert.Equal((0, 0, 3), Counts(await SyncAsync(s.Gateway, s, batch)));

        var raw = (await s.Coach.GetJson(s.Url())).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, raw.Count);
        var synced = Assert.Single(await ModuleEntries(s, "measurements-synced"));
        Assert.Equal($"Synced 3 items: steps, sleep-minutes; {d1:yyyy-MM-dd} – {s.Today.AddDays(-1):yyyy-MM-dd}", synced.GetProperty("summary").GetString());
        // The sync is the client's own doing: it is their latest activity for the passive-client rule.
        var client = await s.Coach.GetJson($"/api/v1/clients/{s.ClientId}");
        Assert.Equal(synced.GetProperty("occurredAt").GetDateTimeOffset(), client.GetProperty("lastActivityAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_correction_changes_the_daily_figure_and_is_recorded_on_the_item()
    {
        var s = await ActiveClientThreeWeeksOnAsync();
        var day = s.Today.AddDays(-1);
        await SyncAsync(s.App, s, Steps(day, 5000));

        Assert.Equal((0, 1, 0), Counts(await SyncAsync(s.App, s, Steps(day, 6100))));

        var daily = Assert.Single((await s.App.GetJson(s.Url($"/daily?metric=steps&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"))).EnumerateArray());
        Assert.Equal(6100m, daily.GetProperty("value").GetDecimal());
        var item = Assert.Single((await s.App.GetJson(s.Url())).GetProperty("items").EnumerateArray());
        Assert.Equal((6100m, 1, 5000m), (item.GetProperty("value").GetDecimal(), item.GetProperty("corrections").GetInt32(),
            item.GetProperty("previousValue").GetDecimal()));
    }

    [Fact]
    public async Task Watch_and_phone_on_the_same_day_give_one_figure_and_the_preferred_order_decides_which()
    {
        var s = await ActiveClientThreeWeeksOnAsync();
        var day = s.Today.AddDays(-2);
        await SyncAsync(s.App, s, Steps(day, 9000, "garmin:fenix-7:ab12"), Steps(day, 4000, "apple:iphone-15:77"));

        var daily = Assert.Single((await s.Coach.GetJson(s.Url($"/daily?metric=steps&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"))).EnumerateArray());
        Assert.Equal((9000m, "garmin:fenix-7:ab12", 2), (daily.GetProperty("value").GetDecimal(), daily.GetProperty("source").GetString(),
            daily.GetProperty("sources").GetInt32()));
        var week = Assert.Single((await s.Coach.GetJson(s.Url($"/weekly?metric=steps&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"))).EnumerateArray());
        Assert.Equal((9000m, 1), (week.GetProperty("sum").GetDecimal(), week.GetProperty("daysWithData").GetInt32()));

        await s.App.Ok(HttpMethod.Put, $"/api/v1/clients/{s.ClientId}/measurement-sources", new { order = new[] { "apple" } });

        daily = Assert.Single((await s.Coach.GetJson(s.Url($"/daily?metric=steps&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"))).EnumerateArray());
        Assert.Equal((4000m, "apple:iphone-15:77"), (daily.GetProperty("value").GetDecimal(), daily.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task A_batch_with_a_bad_item_is_refused_whole_with_errors_keyed_by_item()
    {
        var s = await ActiveClientThreeWeeksOnAsync();
        var day = s.Today.AddDays(-1);

        var implausible = await s.App.PostAsJsonAsync(s.Url(), new { items = new object[] {
            Steps(day, 5000), Steps(day.AddDays(-1), 150_000), new { metric = "resting-heart-rate", value = 300, day = day.ToString("yyyy-MM-dd"), source = "w" } } });
        var problem = await implausible.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("items[1].value", out _) && errors.TryGetProperty("items[2].value", out _), errors.GetRawText());
        Assert.False(errors.TryGetProperty("items[0].value", out _));

        var future = await s.App.PostAsJsonAsync(s.Url(), new { items = new[] { Steps(day, 100), Steps(s.Today.AddDays(2), 100) } });
        Assert.True((await future.ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").TryGetProperty("items[1].day", out _));
        var beforeReferral = await s.App.PostAsJsonAsync(s.Url(), new { items = new[] { Steps(s.Today.AddDays(-40), 100) } });
        Assert.True((await beforeReferral.ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").TryGetProperty("items[0].day", out _));
        var unknown = await s.App.PostAsJsonAsync(s.Url(), new { items = new[] { new { metric = "calories", value = 1, day = day.ToString("yyyy-MM-dd"), source = "w" } } });
        var unknownErrors = (await unknown.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request")).GetProperty("errors");
        Assert.True(unknownErrors.TryGetProperty("items[0].metric", out _), unknownErrors.GetRawText());
        var badUnit = await s.App.PostAsJsonAsync(s.Url(), new { items = new[] { new { metric = "weight", value = 80, unit = "stone", day = day.ToString("yyyy-MM-dd"), source = "w" } } });
        Assert.True((await badUnit.ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").TryGetProperty("items[0].unit", out _));
        var tooMany = await s.App.PostAsJsonAsync(s.Url(), new { items = Enumerable.Range(0, 1001).Select(i => Steps(day, i, $"s{i}")).ToArray() });
        Assert.True((await tooMany.ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").TryGetProperty("items", out _));

        Assert.Empty((await s.App.GetJson(s.Url())).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_integration_role_posts_for_any_client_of_its_organisation_and_reads_nothing()
    {
        var s = await ActiveClientThreeWeeksOnAsync();
        var day = s.Today.AddDays(-1);
        Assert.Equal((1, 0, 0), Counts(await SyncAsync(s.Gateway, s, Steps(day, 7000))));

        (await s.Gateway.GetAsync(s.Url($"/daily?metric=steps"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s.Gateway.GetAsync($"/api/v1/clients/{s.ClientId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s.Coach.PostAsJsonAsync(s.Url(), new { items = new[] { Steps(day, 1) } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var otherGateway = await api.ClientAs(Tenants.New(), Roles.Integration, "gateway-1");
        await (await otherGateway.PostAsJsonAsync(s.Url(), new { items = new[] { Steps(day, 1) } })).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");

        await api.AfterMessagesHandled(() => s.Coach.PostOk($"/api/v1/clients/{s.ClientId}/discharge", new { reason = "moved", summary = "Moved away." }));
        await (await s.Gateway.PostAsJsonAsync(s.Url(), new { items = new[] { Steps(day, 7100) } })).ShouldBeProblem(HttpStatusCode.Conflict, "journey-closed");
    }

    [Fact]
    public async Task A_challenge_is_reached_by_late_data_and_lands_in_the_feed_and_the_journey()
    {
        var s = await ActiveClientThreeWeeksOnAsync();
        var startsOn = s.Today.AddDays(-6);
        var set = await api.AfterMessagesHandled(() => s.Coach.PostOk($"/api/v1/clients/{s.ClientId}/challenges",
            new { metric = "steps", dailyTarget = 7000, daysRequired = 2, windowDays = 3, startsOn = startsOn.ToString("yyyy-MM-dd") }));
        Assert.Equal(("7,000 steps on 2 of 3 days", false), (set.GetProperty("goal").GetString(), set.GetProperty("reached").GetBoolean()));

        await SyncAsync(s.App, s, Steps(startsOn, 8000), Steps(startsOn.AddDays(2), 6000), Steps(s.Today.AddDays(-1), 9000));
        var challenge = Assert.Single((await s.App.GetJson($"/api/v1/clients/{s.ClientId}/challenges")).EnumerateArray());
        Assert.Equal((1, 2, false), (challenge.GetProperty("daysMet").GetInt32(), challenge.GetProperty("daysWithData").GetInt32(),
            challenge.GetProperty("reached").GetBoolean()));

        // The watch syncs the missing day late, and corrects another: the window now holds two days over the target.
        await SyncAsync(s.Gateway, s, Steps(startsOn.AddDays(1), 7400));

        challenge = Assert.Single((await s.App.GetJson($"/api/v1/clients/{s.ClientId}/challenges")).EnumerateArray());
        Assert.Equal((2, true, startsOn.AddDays(1)), (challenge.GetProperty("daysMet").GetInt32(), challenge.GetProperty("reached").GetBoolean(),
            DateOnly.Parse(challenge.GetProperty("reachedOn").GetString()!)));
        var notification = Assert.Single((await s.App.GetJson($"/api/v1/clients/{s.ClientId}/notifications")).GetProperty("items").EnumerateArray());
        Assert.Equal(("challenge-reached", "Challenge reached: 7,000 steps on 2 of 3 days"),
            (notification.GetProperty("kind").GetString(), notification.GetProperty("title").GetString()));
        var read = await s.App.PostOk($"/api/v1/clients/{s.ClientId}/notifications/{notification.GetProperty("notificationId").GetGuid()}/read", new { });
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("readAt").ValueKind);
        Assert.Equal("Challenge reached: 7,000 steps on 2 of 3 days", Assert.Single(await ModuleEntries(s, "challenge-reached")).GetProperty("summary").GetString());
    }
}

internal static class StatusAssertions
{
    public static void ShouldBe(this HttpStatusCode actual, HttpStatusCode expected) => Assert.Equal(expected, actual);
}
