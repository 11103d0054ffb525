using System.Net;
using System.Text;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>The document is the contract: each operation's request example fits its schema, and the API takes it.</summary>
public sealed class OperationExamplesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_request_example_is_valid_against_its_schema_and_accepted_by_the_api()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var check = new SchemaCheck(document);
        var tenant = Tenants.New();
        var admin = await api.ClientAs(tenant, "org-admin", "admin-1");
        var clientId = await admin.ReferAsync();

        var examples = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(v => (Path: p.Name, Verb: v.Name, Op: v.Value)))
            .Where(o => o.Op.TryGetProperty("requestBody", out var body)
                        && body.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _))
            .ToList();
        Assert.True(examples.Count >= 10, $"only {examples.Count} operations show an example");

        var problems = new List<string>();
        foreach (var (path, verb, op) in examples)
        {
            var media = op.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
            var example = media.GetProperty("example");
            problems.AddRange(check.Errors(example, media.GetProperty("schema")).Select(e => $"{verb} {path}: {e}"));

            var uri = path.Replace("{clientId}", clientId.ToString()).Replace("{followUpId}", Guid.NewGuid().ToString());
            var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(verb.ToUpperInvariant()), uri)
            {
                Content = new StringContent(example.GetRawText(), Encoding.UTF8, "application/json"),
            });
            var status = (int)response.StatusCode;
            // Accepted: read and validated. A rule of the domain (409: no intake yet) or an unknown id (404) may still refuse it.
            if (status is 400 or 415 or >= 500)
                problems.Add($"{verb} {path}: {status} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Activation_and_resumption_take_no_body_at_all()
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin", "admin-1");
        var clientId = await admin.ReferAsync();
        // No intake yet: the rule refuses it (409), which shows the absent body was read as "no override reason".
        var activation = await admin.PostAsync($"/api/v1/clients/{clientId}/activation", null);
        await activation.ShouldBeProblem(HttpStatusCode.Conflict, "intake-interview-missing");
        var resumption = await admin.PostAsync($"/api/v1/clients/{clientId}/resumption", null);
        await resumption.ShouldBeProblem(HttpStatusCode.Conflict, "client-not-on-time-out");
        var empty = await admin.PostAsync($"/api/v1/clients/{clientId}/resumption", new StringContent("", Encoding.UTF8, "application/json"));
        await empty.ShouldBeProblem(HttpStatusCode.Conflict, "client-not-on-time-out");
    }
}
