using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.IntegrationTests.Infrastructure;
using CoachingBackend.Programs.Reminders.Sending;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>
/// Tenant isolation, from the endpoints themselves: one organisation holds a record of every kind a route can name,
/// and another organisation calls every operation of the API with those real ids. Each answers 404, and no list of the
/// other organisation shows any of them. A new operation is covered the day it is mapped; one whose route names a kind
/// of record this test cannot create fails it until it can. This class owns its host: it moves the clock.
/// </summary>
public sealed partial class TenantIsolationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private sealed record Operation(string Method, string Route, IReadOnlyList<string> Roles);

    [Fact]
    public async Task Every_operation_naming_another_organisations_record_answers_404_and_no_list_shows_one()
    {
        var ids = await OneOfEverythingAsync();
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var examples = Examples(document);
        var other = Tenants.New();
        var failures = new List<string>();

        foreach (var operation in Operations())
        {
            var names = RouteParameter().Matches(operation.Route).Select(m => m.Groups[1].Value).ToList();
            var missing = names.Where(n => !ids.ContainsKey(n)).ToList();
            if (missing.Count > 0)
            {
                failures.Add($"{operation.Method} {operation.Route}: no record of this organisation to name as {string.Join(", ", missing)}; create one in OneOfEverythingAsync");
                continue;
            }
            var path = RouteParameter().Replace(operation.Route, m => ids[m.Groups[1].Value])
                       + RequiredQuery(document, operation.Method, Template(operation.Route));
            var role = new[] { "org-admin", "coach", "client" }.FirstOrDefault(operation.Roles.Contains) ?? operation.Roles[0];
            // A client's token of the other organisation carrying this organisation's client id as its subject.
            var caller = await api.ClientAs(other, role, role == "client" ? ids["clientId"] : null);
            var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
            if (operation.Method is "POST" or "PUT")
                request.Content = new StringContent(BodyFor($"{operation.Method} {Template(operation.Route)}", examples, ids), Encoding.UTF8, "application/json");
            using var response = await caller.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            // A live tail (Server-Sent Events) never ends; the other organisation's events would come as its first lines,
            // and the export's own tests show none do: here its status is the answer.
            var body = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync();

            if (names.Count > 0 && response.StatusCode != HttpStatusCode.NotFound)
                failures.Add($"{operation.Method} {path} as {role} of another organisation: {(int)response.StatusCode} {body}");
            if (names.Count == 0 && operation.Method == "GET" && ids.Values.Where(v => Guid.TryParse(v, out _) || v == ids["key"])
                    .FirstOrDefault(id => body.Contains(id, StringComparison.OrdinalIgnoreCase)) is { } leaked)
                failures.Add($"GET {path} as {role} of another organisation shows {leaked}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>One organisation with a record of every kind a route names, by route parameter.</summary>
    private async Task<Dictionary<string, string>> OneOfEverythingAsync()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var passive = await org.ActiveClientAsync(coach, coachId, "Pekka");

        // A month without activity raises a follow-up; then the rest happens in the morning of a day in Helsinki.
        var now = (await api.MoveClockAsync(new { advance = "P31D" })).GetProperty("now").GetDateTimeOffset();
        await api.RaiseDueFollowUpsAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Helsinki).DateTime);
        await api.MoveClockAsync(new { now = Local(today.AddDays(1), 6) });
        await org.SignInAgainAsync();
        var admin = org.Admin;
        coach = await org.As("coach", "coach-anna");
        var followUpId = (await coach.GetJson("/api/v1/follow-ups")).GetProperty("items")[0].GetProperty("followUpId").GetString()!;

        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var assessment = await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/clients/{clientId}/readiness-assessments",
            Questionnaires.Ruler(8, 7, 8, "yes")));
        var questionnaire = await admin.PostOk("/api/v1/questionnaires", new
        {
            key = "energy-check", title = "Energy check", description = "One question", instructions = "Answer honestly", asksTargetBehaviour = false,
            items = new[] { new { id = "energy", text = "How is your energy?", answerType = "scale", min = 0, max = 10, options = Array.Empty<object>(), required = true, scored = true } },
            linear = new { weights = new Dictionary<string, decimal> { ["energy"] = 1m }, moderateFrom = 4, highFrom = 7 },
        });
        var materialId = (await coach.PostOk("/api/v1/materials", new
        {
            kind = "tip", title = "Wind down", body = "Dim the lights.", themes = new[] { "sleep" }, language = "en", estimatedMinutes = 3,
        })).GetProperty("materialId").GetString()!;
        // Every day of the first week, reminded at 07:00: the next morning's reminder gives a notification.
        var programmeId = await coach.PublishedAsync(new
        {
            name = "Mornings", description = "A week of mornings.", lengthWeeks = 1, themes = new[] { "sleep" },
            activities = Enumerable.Range(1, 7).Select(d => new
            {
                key = $"morning-{d}", title = "Morning light", theme = "sleep", kind = "reading", when = new { week = 1, weekday = d },
                materialId, reminderAt = "07:00",
            }).ToArray(),
        });
        var clientProgramme = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "sleep" } }));
        var activityId = (await client.GetJson($"/api/v1/clients/{clientId}/calendar")).EnumerateArray().First().GetProperty("activityId").GetString()!;
        var entryId = (await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/clients/{clientId}/entries", new { kind = "mood", mood = 4 })))
            .GetProperty("entryId").GetString()!;
        var courseId = await coach.PublishedCourseAsync();
        var enrolmentId = await api.EnrolAsync(coach, courseId, clientId);
        var requestId = (await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/enrolments/{enrolmentId}/material-requests",
            new { text = "Something for night shifts?" }))).GetProperty("requestId").GetString()!;
        var surveyId = (await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/surveys", new { template = "end-of-service" })))
            .GetProperty("surveyId").GetString()!;
        await api.MoveClockAsync(new { now = Local(today.AddDays(2), 7).AddMinutes(30) });
        var reminders = api.Services.GetServices<IHostedService>().OfType<ReminderScanner>().Single();
        while (!await reminders.ScanExclusivelyAsync(CancellationToken.None)) await Task.Yield();
        client = await org.As("client", clientId.ToString());
        var notificationId = (await client.GetJson($"/api/v1/clients/{clientId}/notifications")).GetProperty("items")[0]
            .GetProperty("notificationId").GetString()!;

        return new Dictionary<string, string>
        {
            ["clientId"] = clientId.ToString(),
            ["coachId"] = coachId.ToString(),
            ["followUpId"] = followUpId,
            ["assessmentId"] = assessment.GetProperty("assessmentId").GetString()!,
            ["key"] = questionnaire.GetProperty("key").GetString()!,
            ["materialId"] = materialId,
            ["revision"] = "1",
            ["programmeId"] = programmeId.ToString(),
            ["n"] = "1",
            ["clientProgrammeId"] = clientProgramme.GetProperty("clientProgrammeId").GetString()!,
            ["activityId"] = activityId,
            ["entryId"] = entryId,
            ["notificationId"] = notificationId,
            ["courseId"] = courseId.ToString(),
            ["enrolmentId"] = enrolmentId.ToString(),
            ["stepId"] = "why-sleep",
            ["requestId"] = requestId,
            ["surveyId"] = surveyId,
            // A dead letter cannot be made to order: any id stands for one (the list is checked for leaks instead).
            ["id"] = Guid.NewGuid().ToString(),
            ["passiveClientId"] = passive.ToString(),
            ["returnBy"] = today.AddDays(30).ToString("yyyy-MM-dd"),
        };
    }

    /// <summary>
    /// A valid body, so that the answer is about the record and not about the body: the operation's example, or for the
    /// few without one a body made here.
    /// </summary>
    private static string BodyFor(string operation, Dictionary<string, string> examples, Dictionary<string, string> ids) => operation switch
    {
        "PUT /api/v1/clients/{clientId}/coach" => JsonSerializer.Serialize(new { coachId = ids["coachId"] }),
        "POST /api/v1/clients/{clientId}/time-out" => JsonSerializer.Serialize(new { reason = "Exams", returnBy = ids["returnBy"] }),
        _ => examples.GetValueOrDefault(operation, "{}"),
    };

    /// <summary>The operation's required query parameters, each with its first allowed value (a metric, say).</summary>
    private static string RequiredQuery(JsonElement document, string method, string template)
    {
        if (!document.GetProperty("paths").TryGetProperty(template, out var path)
            || !path.TryGetProperty(method.ToLowerInvariant(), out var operation)
            || !operation.TryGetProperty("parameters", out var parameters)) return "";
        var required = parameters.EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var r) && r.GetBoolean())
            .Select(p => $"{p.GetProperty("name").GetString()}={p.GetProperty("schema").GetProperty("enum")[0].GetString()}")
            .ToList();
        return required.Count == 0 ? "" : "?" + string.Join('&', required);
    }

    /// <summary>The request example of every operation in the OpenAPI document, by method and route template.</summary>
    private static Dictionary<string, string> Examples(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(v => (Key: $"{v.Name.ToUpperInvariant()} {p.Name}", Op: v.Value)))
            .Where(o => o.Op.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var media)
                        && media.TryGetProperty("example", out _))
            .ToDictionary(o => o.Key, o => o.Op.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
                .GetProperty("example").GetRawText());

    private IReadOnlyList<Operation> Operations() =>
        [.. api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/") == true && !e.RoutePattern.RawText.StartsWith("/api/v1/dev/")
                        && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => new Operation(method, e.RoutePattern.RawText!, e.Metadata.GetMetadata<AllowedRoles>()?.Roles ?? [])))
            .OrderBy(o => o.Route).ThenBy(o => o.Method)];

    /// <summary>The route as the OpenAPI document names it: parameters without their constraints.</summary>
    private static string Template(string route) => RouteParameter().Replace(route, m => $"{{{m.Groups[1].Value}}}");

    private static DateTimeOffset Local(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Helsinki.GetUtcOffset(local));
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)(:[a-z]+)?\}")]
    private static partial Regex RouteParameter();
}
