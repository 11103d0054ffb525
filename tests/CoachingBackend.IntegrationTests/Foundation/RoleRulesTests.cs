using System.Net;
using System.Net.Http.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>Every operation refuses the roles that have no business there, before it reads or changes anything.</summary>
public sealed class RoleRulesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly Guid Id = Guid.NewGuid();

    public static TheoryData<string, string, string> Refusals()
    {
        var data = new TheoryData<string, string, string>();
        void Refuse(string method, string path, params string[] roles)
        {
            foreach (var role in roles) data.Add(method, path, role);
        }

        Refuse("GET", "/api/v1/clients", "client", "referrer", "analyst");
        foreach (var action in new[] { "intake-interview", "meetings", "activation", "time-out", "resumption", "discharge" })
            Refuse("POST", $"/api/v1/clients/{Id}/{action}", "client", "referrer", "analyst");
        Refuse("PUT", $"/api/v1/clients/{Id}/coach", "client", "referrer", "analyst");
        Refuse("GET", $"/api/v1/clients/{Id}/journey", "referrer", "analyst");
        Refuse("GET", "/api/v1/coaches", "client", "referrer", "analyst");
        Refuse("GET", $"/api/v1/coaches/{Id}", "client", "referrer", "analyst");
        Refuse("POST", "/api/v1/coaches", "coach", "client", "referrer", "analyst");
        Refuse("GET", "/api/v1/follow-ups", "client", "referrer", "analyst");
        Refuse("POST", $"/api/v1/follow-ups/{Id}/completion", "client", "referrer", "analyst");
        Refuse("GET", "/api/v1/settings/enrollment", "client", "referrer", "analyst");
        Refuse("PUT", "/api/v1/settings/enrollment", "coach", "client", "referrer", "analyst");
        Refuse("GET", "/api/v1/questionnaires", "referrer", "analyst");
        Refuse("GET", "/api/v1/questionnaires/urica", "referrer", "analyst");
        Refuse("POST", "/api/v1/questionnaires", "coach", "client", "referrer", "analyst");
        Refuse("POST", $"/api/v1/clients/{Id}/readiness-assessments", "referrer", "analyst");
        Refuse("GET", $"/api/v1/clients/{Id}/readiness-assessments", "referrer", "analyst");
        Refuse("GET", "/api/v1/analytics/enrollment", "coach", "client", "referrer");
        Refuse("GET", "/api/v1/admin/dead-letters", "coach", "client", "referrer", "analyst");
        Refuse("POST", $"/api/v1/admin/dead-letters/{Id}/replay", "coach", "client", "referrer", "analyst");
        Refuse("DELETE", $"/api/v1/admin/dead-letters/{Id}", "coach", "client", "referrer", "analyst");
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_role_without_business_on_an_operation_is_refused_with_403(string method, string path, string role)
    {
        var caller = await api.ClientAs(Tenants.New(), role);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET") request.Content = JsonContent.Create(new { });

        var response = await caller.SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, path) in Refusals().Select(r => ((string)r[0], (string)r[1])).Distinct()) data.Add(method, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task No_operation_answers_without_a_token(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET") request.Content = JsonContent.Create(new { });
        var response = await api.CreateClient().SendAsync(request);
        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
