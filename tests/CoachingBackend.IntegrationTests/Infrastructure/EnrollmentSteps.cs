using System.Net.Http.Json;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// The steps of a journey as a coaching team's app takes them, for tests that need a client at some stage. Each step
/// returns once the integration events it raised have been handled by every module (a tracked Wolverine session), so
/// the next step may rely on them: a referred client is known to ReadinessAssessment, an assigned coach may act there.
/// </summary>
public sealed class Organisation(ApiFactory api, string tenant)
{
    public string Tenant { get; } = tenant;
    public HttpClient Admin { get; private set; } = null!;

    public static async Task<Organisation> StartAsync(ApiFactory api)
    {
        var organisation = new Organisation(api, Tenants.New());
        organisation.Admin = await api.ClientAs(organisation.Tenant, "org-admin", "admin-1");
        return organisation;
    }

    public Task<HttpClient> As(string role, string? subject = null) => api.ClientAs(Tenant, role, subject);

    /// <summary>A new token for the org-admin: after the clock moves, the one issued before has expired.</summary>
    public async Task SignInAgainAsync() => Admin = await As("org-admin", "admin-1");

    /// <summary>Registers a coach and returns their id and a client signed in as them.</summary>
    public async Task<(Guid CoachId, HttpClient Coach)> CoachAsync(string userId, int? capacity = null)
    {
        var registered = await Admin.PostOk("/api/v1/coaches", new { name = $"Coach {userId}", userId, capacity });
        return (registered.GetProperty("coachId").GetGuid(), await As("coach", userId));
    }

    public Task<Guid> ReferAsync(string givenName = "Aino") => api.AfterMessagesHandled(() => Admin.ReferAsync(Referrals.Valid(givenName)));

    public static object Interview(DateTimeOffset heldAt) => new
    {
        heldAt,
        mode = "face-to-face",
        needs = new[] { new { question = "What matters most to you right now?", answer = "Having energy to play with my kids." } },
        goals = new[] { "Walk to work three days a week", "Sleep before eleven" },
        resources = "Supportive partner; evenings are busy.",
        preferredMode = "hybrid",
        confirmedRiskFactors = new[] { "raised-blood-pressure" },
    };

    public async Task IntakeAsync(HttpClient coach, Guid clientId) =>
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/intake-interview", Interview(DateTimeOffset.UtcNow.AddHours(-1))));

    public async Task AssignAsync(HttpClient by, Guid clientId, Guid coachId) =>
        await api.AfterMessagesHandled(() => by.Ok(HttpMethod.Put, $"/api/v1/clients/{clientId}/coach", new { coachId }));

    /// <summary>A client with an intake interview and a responsible coach, activated with an override reason.</summary>
    public async Task<Guid> ActiveClientAsync(HttpClient coach, Guid coachId, string givenName = "Aino")
    {
        var clientId = await ReferAsync(givenName);
        await IntakeAsync(coach, clientId);
        await AssignAsync(coach, clientId, coachId);
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/activation", new { overrideReason = "Assessment done on paper at the health station." }));
        return clientId;
    }

    public async Task<System.Text.Json.JsonElement> JourneyAsync(Guid clientId) =>
        await Admin.GetJson($"/api/v1/clients/{clientId}/journey");

    public async Task<HttpResponseMessage> PutCoach(HttpClient by, Guid clientId, Guid coachId) =>
        await by.PutAsJsonAsync($"/api/v1/clients/{clientId}/coach", new { coachId });
}
