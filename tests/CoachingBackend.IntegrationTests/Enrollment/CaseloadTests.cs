using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Enrollment;

public sealed class CaseloadTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_coach_is_registered_with_a_default_capacity_of_80()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, _) = await org.CoachAsync("coach-anna");

        var coach = await org.Admin.GetJson($"/api/v1/coaches/{coachId}");

        Assert.Equal(80, coach.GetProperty("capacity").GetInt32());
        Assert.Equal(0, coach.GetProperty("caseloadSize").GetInt32());
        Assert.Equal(80, coach.GetProperty("freePlaces").GetInt32());
    }

    [Fact]
    public async Task An_assignment_past_the_coachs_capacity_is_refused_and_changes_nothing()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-small", capacity: 1);
        var first = await org.ReferAsync("Aino");
        var second = await org.ReferAsync("Pekka");
        await org.AssignAsync(org.Admin, first, coachId);

        var refused = await org.PutCoach(org.Admin, second, coachId);

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "coach-capacity-full");
        var client = await org.Admin.GetJson($"/api/v1/clients/{second}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, client.GetProperty("coachId").ValueKind);
        Assert.Equal(1, client.GetProperty("version").GetInt64());
        Assert.Equal(1, (await org.Admin.GetJson($"/api/v1/coaches/{coachId}")).GetProperty("caseloadSize").GetInt32());
    }

    [Fact]
    public async Task Re_assignment_frees_the_old_coachs_place()
    {
        var org = await Organisation.StartAsync(api);
        var (anna, _) = await org.CoachAsync("coach-anna", capacity: 1);
        var (ben, _) = await org.CoachAsync("coach-ben", capacity: 5);
        var aino = await org.ReferAsync("Aino");
        await org.AssignAsync(org.Admin, aino, anna);

        await org.AssignAsync(org.Admin, aino, ben);

        Assert.Equal(0, (await org.Admin.GetJson($"/api/v1/coaches/{anna}")).GetProperty("caseloadSize").GetInt32());
        Assert.Equal(1, (await org.Admin.GetJson($"/api/v1/coaches/{ben}")).GetProperty("caseloadSize").GetInt32());
        var pekka = await org.ReferAsync("Pekka");
        await org.AssignAsync(org.Admin, pekka, anna); // the freed place can be taken again
        var assigned = (await org.JourneyAsync(aino)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "coach_assigned").ToList();
        Assert.Equal(anna, assigned[1].GetProperty("payload").GetProperty("previousCoachId").GetGuid());
    }

    [Fact]
    public async Task Two_assignments_racing_for_the_last_place_exactly_one_wins()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, _) = await org.CoachAsync("coach-last-place", capacity: 1);
        var clients = new[] { await org.ReferAsync("Aino"), await org.ReferAsync("Pekka"), await org.ReferAsync("Liisa") };

        var answers = await Task.WhenAll(clients.Select(c => org.PutCoach(org.Admin, c, coachId)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "coach-capacity-full");
        Assert.Equal(1, (await org.Admin.GetJson($"/api/v1/coaches/{coachId}")).GetProperty("caseloadSize").GetInt32());
    }

    [Fact]
    public async Task A_coach_shows_their_clients_by_status()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        await org.ActiveClientAsync(coach, coachId, "Aino");
        var pekka = await org.ReferAsync("Pekka");
        await org.AssignAsync(coach, pekka, coachId);

        var shown = await org.Admin.GetJson($"/api/v1/coaches/{coachId}");

        Assert.Equal(2, shown.GetProperty("caseloadSize").GetInt32());
        Assert.Equal(1, shown.GetProperty("clientsByStatus").GetProperty("active").GetInt32());
        Assert.Equal(1, shown.GetProperty("clientsByStatus").GetProperty("referred").GetInt32());
    }

    [Fact]
    public async Task Only_an_org_admin_registers_coaches_and_a_user_is_registered_once()
    {
        var org = await Organisation.StartAsync(api);
        var coach = await org.As("coach");
        await (await coach.Post("/api/v1/coaches", new { name = "Self-made", userId = "x" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await org.CoachAsync("coach-anna");
        await (await org.Admin.Post("/api/v1/coaches", new { name = "Anna again", userId = "coach-anna" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "coach-already-registered");
    }

    [Fact]
    public async Task Assigning_an_unknown_coach_names_the_field()
    {
        var org = await Organisation.StartAsync(api);
        var aino = await org.ReferAsync();
        var problem = await (await org.PutCoach(org.Admin, aino, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("coachId", out _));
    }
}
