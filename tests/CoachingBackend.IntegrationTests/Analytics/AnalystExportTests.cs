using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Analytics;

public sealed class AnalystExportTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_cut_export_resumes_after_the_last_line_without_gaps_or_repeats()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        await org.ActiveClientAsync(coach, coachId);
        await org.ReferAsync("Pekka");
        await api.ProjectionsCaughtUpAsync();
        var analyst = await org.As("analyst");

        var whole = await analyst.ExportAsync();
        var first = await analyst.ExportAsync("?limit=3");
        var rest = await analyst.ExportAsync($"?after={first[^1].Sequence()}");

        Assert.True(whole.Count > 6, $"{whole.Count} events");
        Assert.Equal(whole.Select(l => l.Sequence()), first.Concat(rest).Select(l => l.Sequence()));
        Assert.Equal(whole.Select(l => l.Sequence()).Order(), whole.Select(l => l.Sequence()));
        Assert.Empty(await analyst.ExportAsync($"?after={whole[^1].Sequence() + 1000}"));
        var referral = whole.First(l => l.Type() == "client_referred");
        Assert.Equal("Enrollment", referral.GetProperty("module").GetString());
        Assert.Equal(1, referral.GetProperty("schemaVersion").GetInt32());
        Assert.True(referral.GetProperty("recordedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task No_name_contact_detail_free_text_or_raw_id_of_a_full_journey_reaches_the_analyst()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/meetings",
            new { plannedAt = DateTimeOffset.UtcNow.AddHours(-2), mode = "remote", outcome = "held", notes = "Talked about the grandchildren." }));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/time-out",
            new { reason = "Knee surgery in the spring.", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)) }));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/resumption", new { note = "Back on her feet." }));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge",
            new { reason = "completed", summary = "Walks to work every day now." }));
        await api.ProjectionsCaughtUpAsync();

        var lines = await (await org.As("analyst")).ExportAsync();
        var export = string.Join("\n", lines.Select(l => l.GetRawText()));

        string[] personal =
        [
            "Aino", "Virtanen", "aino.virtanen@example.fi", "123 4567", "Tikkurila", "Raised blood pressure and little",
            "energy to play with my kids", "Walk to work three days", "Supportive partner", "Assessment done on paper",
            "grandchildren", "Knee surgery", "Back on her feet", "Walks to work every day", "1979-04-12",
            clientId.ToString(), coachId.ToString(), "coach-anna", "admin-1",
        ];
        Assert.All(personal, p => Assert.DoesNotContain(p, export, StringComparison.OrdinalIgnoreCase));
        var referral = lines.Single(l => l.Type() == "client_referred");
        Assert.Equal(1979, referral.GetProperty("data").GetProperty("birthYear").GetInt32());
        Assert.StartsWith("c_", referral.GetProperty("subject").GetString());
        Assert.Equal(referral.GetProperty("subject").GetString(), referral.GetProperty("data").GetProperty("clientId").GetString());
        Assert.Equal(referral.GetProperty("subject").GetString(), referral.GetProperty("stream").GetString());
        // Enums in the API's own spelling, however the store keeps them: one vocabulary per field.
        Assert.Equal("health-station", referral.GetProperty("data").GetProperty("source").GetString());
        Assert.Equal(["raised-blood-pressure", "physical-inactivity"],
            referral.GetProperty("data").GetProperty("riskFactors").EnumerateArray().Select(r => r.GetString()));
        var meeting = lines.Single(l => l.Type() == "meeting_recorded").GetProperty("data");
        Assert.Equal(("remote", "held"), (meeting.GetProperty("mode").GetString(), meeting.GetProperty("outcome").GetString()));
        Assert.Equal("completed", lines.Single(l => l.Type() == "client_discharged").GetProperty("data").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Keys_are_stable_within_an_organisation_and_differ_across_two_and_neither_sees_the_others_events()
    {
        var one = await Organisation.StartAsync(api);
        var two = await Organisation.StartAsync(api);
        await one.CoachAsync("coach-anna");
        await two.CoachAsync("coach-anna");
        await one.ReferAsync();
        await api.ProjectionsCaughtUpAsync();

        var firstExport = await (await one.As("analyst")).ExportAsync();
        var secondExport = await (await one.As("org-admin")).ExportAsync();
        var otherExport = await (await two.As("analyst")).ExportAsync();

        Assert.Equal(firstExport.Select(l => l.GetRawText()), secondExport.Select(l => l.GetRawText()));
        Assert.Empty(firstExport.Select(l => l.Sequence()).Intersect(otherExport.Select(l => l.Sequence())));
        Assert.DoesNotContain(otherExport, l => l.Type() == "client_referred");
        var annaInOne = firstExport.Single(l => l.Type() == "coach_registered").GetProperty("data").GetProperty("userId").GetString();
        var annaInTwo = otherExport.Single(l => l.Type() == "coach_registered").GetProperty("data").GetProperty("userId").GetString();
        Assert.StartsWith("s_", annaInOne);
        Assert.StartsWith("s_", annaInTwo);
        Assert.NotEqual(annaInOne, annaInTwo);
    }

    [Fact]
    public async Task Types_modules_and_recorded_time_narrow_the_export()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        await org.ActiveClientAsync(coach, coachId);
        await api.ProjectionsCaughtUpAsync();
        var analyst = await org.As("analyst");

        var referrals = await analyst.ExportAsync("?types=client_referred,service_activated");
        var readiness = await analyst.ExportAsync("?modules=ReadinessAssessment");
        var future = await analyst.ExportAsync($"?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))}");
        var past = await analyst.ExportAsync($"?to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))}");

        Assert.Equal(["client_referred", "service_activated"], referrals.Select(l => l.Type()));
        Assert.Empty(readiness);
        Assert.Empty(future);
        Assert.Empty(past);
    }

    [Fact]
    public async Task Unknown_types_and_modules_are_named_in_a_400_and_from_after_to_is_a_400()
    {
        var org = await Organisation.StartAsync(api);
        var analyst = await org.As("analyst");

        var type = await (await analyst.GetAsync("/api/v1/analytics/events?types=client_referred,client_teleported"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var module = await (await analyst.GetAsync("/api/v1/analytics/events/stream?modules=Astrology"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var range = await (await analyst.GetAsync("/api/v1/analytics/events?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        Assert.Contains("client_teleported", type.GetProperty("errors").GetProperty("types")[0].GetString());
        Assert.Contains("Astrology", module.GetProperty("errors").GetProperty("modules")[0].GetString());
        Assert.Equal("from must not be after to.", range.GetProperty("errors").GetProperty("from")[0].GetString());
    }

    [Theory]
    [InlineData("client")]
    [InlineData("coach")]
    [InlineData("referrer")]
    public async Task Clients_coaches_and_referrers_are_refused(string role)
    {
        var org = await Organisation.StartAsync(api);
        var caller = await org.As(role);
        foreach (var url in new[] { "/api/v1/analytics/events", "/api/v1/analytics/events/stream", "/api/v1/analytics/event-types" })
            await (await caller.GetAsync(url)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_catalogue_gives_each_types_module_meaning_and_the_schema_of_its_exported_payload()
    {
        var org = await Organisation.StartAsync(api);

        var catalogue = await (await org.As("analyst")).GetJson("/api/v1/analytics/event-types");

        var referral = catalogue.EnumerateArray().Single(t => t.GetProperty("type").GetString() == "client_referred");
        Assert.Equal("Enrollment", referral.GetProperty("module").GetString());
        Assert.Equal(1, referral.GetProperty("schemaVersion").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(referral.GetProperty("meaning").GetString()));
        var properties = referral.GetProperty("schema").GetProperty("properties");
        Assert.False(properties.TryGetProperty("name", out _));
        Assert.False(properties.TryGetProperty("contact", out _));
        Assert.False(properties.TryGetProperty("dateOfBirth", out _));
        Assert.True(properties.TryGetProperty("birthYear", out _));
        Assert.True(properties.TryGetProperty("riskFactors", out _));
        Assert.Contains(catalogue.EnumerateArray(), t => t.GetProperty("module").GetString() == "Programs");
        Assert.Contains(catalogue.EnumerateArray(), t => t.GetProperty("module").GetString() == "ReadinessAssessment");
    }
}
