using System.Net;
using System.Net.Http.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>
/// The development clock moves the whole host's time: only an org-admin may move it, only to moments the host can
/// live at (1970 to 9000), and no move takes the host down.
/// </summary>
public sealed class DevClockTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly DateTimeOffset Ordinary = new(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Moving_the_clock_needs_an_org_admin_token()
    {
        var anonymous = await api.CreateClient().PostAsJsonAsync("/api/v1/dev/clock", new { advance = "PT1S" });
        await anonymous.ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");

        var coach = await api.ClientAs(Tenants.New(), "coach");
        var refused = await coach.PostAsJsonAsync("/api/v1/dev/clock", new { advance = "PT1S" });
        await refused.ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var moved = await admin.PostOk("/api/v1/dev/clock", new { now = Ordinary });
        Assert.Equal(Ordinary, moved.GetProperty("now").GetDateTimeOffset(), TimeSpan.FromSeconds(5));
    }

    public static TheoryData<string> Unlivable() =>
    [
        "1969-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z",
        "9000-01-01T00:00:01Z",
        "9999-12-31T23:59:59Z",
    ];

    [Theory]
    [MemberData(nameof(Unlivable))]
    public async Task A_moment_before_the_unix_epoch_or_beyond_the_year_9000_is_refused_and_the_host_lives_on(string now)
    {
        await api.MoveClockAsync(new { now = Ordinary });
        var admin = await api.ClientAs(Tenants.New(), "org-admin");

        var response = await admin.PostAsJsonAsync("/api/v1/dev/clock", new { now = DateTimeOffset.Parse(now) });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("now", out _), problem.GetRawText());
        await StillServing(admin);
    }

    [Fact]
    public async Task An_advance_past_the_year_9000_is_refused_and_the_host_lives_on()
    {
        await api.MoveClockAsync(new { now = new DateTimeOffset(8995, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var admin = await api.ClientAs(Tenants.New(), "org-admin");

        var response = await admin.PostAsJsonAsync("/api/v1/dev/clock", new { advance = "P3650D" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("advance", out _), problem.GetRawText());
        await StillServing(admin);
        await api.MoveClockAsync(new { now = Ordinary });
    }

    [Fact]
    public async Task The_edges_of_the_livable_range_are_accepted_and_the_host_serves_at_both()
    {
        foreach (var edge in new[] { DateTimeOffset.UnixEpoch, new DateTimeOffset(9000, 1, 1, 0, 0, 0, TimeSpan.Zero) })
        {
            var moved = await api.MoveClockAsync(new { now = edge });
            Assert.Equal(edge, moved.GetProperty("now").GetDateTimeOffset(), TimeSpan.FromMinutes(1));
            await StillServing(await api.ClientAs(Tenants.New(), "org-admin"));
        }
        await api.MoveClockAsync(new { now = Ordinary });
    }

    /// <summary>Liveness, a write stamped with the clock's time (a coach registered) and a read of it still answer.</summary>
    private async Task StillServing(HttpClient admin)
    {
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/health/live")).StatusCode);
        var userId = $"coach-{Guid.NewGuid():N}";
        var coachId = (await admin.PostOk("/api/v1/coaches", new { name = "Coach Anna", userId })).GetProperty("coachId").GetGuid();
        await admin.GetJson($"/api/v1/coaches/{coachId}");
    }
}
