using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Spine;

/// <summary>
/// A coach loses access to a client in every module at the moment another coach is assigned, by design: each module's
/// copy of who is responsible changes in the transaction that assigned the coach. Nothing here waits.
/// </summary>
public sealed class ReassignmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_previous_coach_is_refused_in_every_module_by_the_next_request_after_a_reassignment()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var (benId, ben) = await org.CoachAsync("coach-ben");
        var clientId = await org.ReferAsync();
        await org.AssignAsync(anna, clientId, annaId);

        await org.AssignAsync(org.Admin, clientId, benId);

        await (await anna.Post($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 7, 7, "yes")))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await anna.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await anna.Post($"/api/v1/clients/{clientId}/meetings", new { plannedAt = DateTimeOffset.UtcNow, mode = "remote", outcome = "held" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await anna.GetAsync($"/api/v1/clients/{clientId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await ben.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 7, 7, "yes"));
    }

    [Fact]
    public async Task A_client_taken_from_the_intake_pool_is_closed_to_other_coaches_at_once()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var (_, carl) = await org.CoachAsync("coach-carl");
        var clientId = await org.ReferAsync();
        // In the pool, any coach of the organisation may assess the client for intake.
        Assert.Equal(HttpStatusCode.OK, (await carl.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).StatusCode);

        await org.AssignAsync(anna, clientId, annaId);

        await (await carl.Post($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 7, 7, "yes")))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await carl.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_discharged_client_is_closed_to_new_assessments_by_the_next_request()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(anna, annaId);

        await anna.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Reached her goals." });

        await (await anna.Post($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 7, 7, "yes")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "journey-closed");
    }
}
