using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.Enrollment;

public sealed class HappyJourneyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Referral_intake_assessment_assignment_activation_time_out_resumption_and_discharge_are_one_journey()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var referrer = await org.As("referrer", "nurse-liisa");
        referrer.DefaultRequestHeaders.Add("X-Correlation-Id", "referral-app");
        coach.DefaultRequestHeaders.Add("X-Correlation-Id", "coach-app");

        var clientId = await api.AfterMessagesHandled(() => referrer.ReferAsync(Referrals.Valid("Aino")));
        await org.IntakeAsync(coach, clientId);
        var herself = await org.As("client", clientId.ToString());
        herself.DefaultRequestHeaders.Add("X-Correlation-Id", "client-app");
        await api.AfterMessagesHandled(() => herself.PostOk($"/api/v1/clients/{clientId}/readiness-assessments",
            Questionnaires.UricaSubmission(pc: 2, c: 4, a: 4, m: 3, resources: "yes")));
        await org.AssignAsync(coach, clientId, coachId);
        await coach.PostOk($"/api/v1/clients/{clientId}/activation", new { });
        await coach.PostOk($"/api/v1/clients/{clientId}/meetings", new { plannedAt = DateTimeOffset.UtcNow, mode = "face-to-face", outcome = "held", notes = "Walked the route to work together." });
        await coach.PostOk($"/api/v1/clients/{clientId}/time-out", new { reason = "Exams", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)) });
        await coach.PostOk($"/api/v1/clients/{clientId}/resumption", new { });
        await coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Met both goals." });

        var journey = await herself.GetJson($"/api/v1/clients/{clientId}/journey");

        Assert.Equal(["client_referred", "intake_interview_held", "readiness_result_recorded", "coach_assigned", "service_activated",
            "meeting_recorded", "time_out_started", "service_resumed", "client_discharged"], journey.Types());
        var entries = journey.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["nurse-liisa", "coach-anna", clientId.ToString(), "coach-anna", "coach-anna", "coach-anna", "coach-anna", "coach-anna", "coach-anna"],
            entries.Select(e => e.GetProperty("recordedBy").GetString()));
        // Each step made over HTTP carries the correlation id its caller sent. (The readiness result, recorded by
        // Enrollment on hearing ReadinessAssessment's event, is the skipped test below.)
        Assert.Equal(["referral-app", "coach-app", "coach-app", "coach-app", "coach-app", "coach-app", "coach-app", "coach-app"],
            entries.Where(e => e.GetProperty("type").GetString() != "readiness_result_recorded").Select(e => e.GetProperty("correlationId").GetString()));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("causationId").GetString())));
        Assert.StartsWith("ReferClient/", entries[0].GetProperty("causationId").GetString());
        Assert.StartsWith("DischargeClient/", entries[^1].GetProperty("causationId").GetString());
        // Every stored event carries its organisation.
        var store = api.Services.GetRequiredService<Marten.IDocumentStore>();
        await using var session = store.QuerySession(org.Tenant);
        var stored = await session.Events.FetchStreamAsync(clientId);
        Assert.All(stored, e => Assert.Equal(org.Tenant, e.TenantId));
        Assert.True(entries.Zip(entries.Skip(1)).All(p => p.First.GetProperty("recordedAt").GetDateTimeOffset() <= p.Second.GetProperty("recordedAt").GetDateTimeOffset()));
        Assert.Equal("proceed", entries[2].GetProperty("payload").GetProperty("recommendation").GetString());
        Assert.Equal("proceed", entries[4].GetProperty("payload").GetProperty("recommendation").GetString());
        Assert.Equal(JsonValueKind.Null, entries[4].GetProperty("payload").GetProperty("overrideReason").ValueKind);
    }

    [Fact]
    public async Task The_callers_correlation_id_follows_a_readiness_result_into_the_journey()
    {
        var org = await Organisation.StartAsync(api);
        var clientId = await org.ReferAsync();
        var herself = await org.As("client", clientId.ToString());
        herself.DefaultRequestHeaders.Add("X-Correlation-Id", "client-app-4711");

        await api.AfterMessagesHandled(() => herself.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 7, 7, "yes")));

        var recorded = (await org.JourneyAsync(clientId)).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "readiness_result_recorded");
        Assert.Equal("client-app-4711", recorded.GetProperty("correlationId").GetString());
    }
}
