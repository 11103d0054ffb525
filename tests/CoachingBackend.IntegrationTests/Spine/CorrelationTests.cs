using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;
using CoachingBackend.ReadinessAssessment.Contracts;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace CoachingBackend.IntegrationTests.Spine;

/// <summary>
/// The caller's X-Correlation-Id is the correlation id of every event its request causes, in every module, including
/// the events other modules' handlers write when they hear of it.
/// </summary>
public sealed class CorrelationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_partner_apps_correlation_id_follows_its_request_into_the_events_other_modules_write()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var referral = await api.AfterMessagesHandled(() => Send(org.Admin, "/api/v1/referrals", Referrals.Valid("Aino"), "partner-referral-7"));
        var clientId = (await referral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetGuid();
        await org.IntakeAsync(coach, clientId);
        await org.AssignAsync(coach, clientId, coachId);
        await coach.PostOk($"/api/v1/clients/{clientId}/activation", new { overrideReason = "Assessed on paper." });

        var aino = await org.As("client", clientId.ToString());
        HttpResponseMessage submitted = null!;
        var messages = await api.Tracked(async () =>
            submitted = await Send(aino, $"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 6, 7, "yes"), "partner-assessment-8"));
        var assessmentId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assessmentId").GetGuid();
        var assessed = Assert.Single(messages.AllRecordsInOrder(), r => r.MessageEventType == MessageEventType.MessageSucceeded
                                                                         && r.Message is ReadinessAssessed).Envelope!;
        Assert.Equal("partner-assessment-8", assessed.CorrelationId);

        // ReadinessAssessment's own events of the request.
        await using (var session = api.Services.GetRequiredService<IDocumentStore>().QuerySession(org.Tenant))
        {
            var own = await session.Events.FetchStreamAsync(assessmentId);
            Assert.Equal(2, own.Count);
            Assert.All(own, e => Assert.Equal("partner-assessment-8", e.CorrelationId));
        }

        var journey = await org.JourneyAsync(clientId);
        var entries = journey.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal("partner-referral-7", Entry(entries, "client_referred").GetProperty("correlationId").GetString());
        // Written by Enrollment's handler of ReadinessAssessed.
        var recorded = Entry(entries, "readiness_result_recorded");
        Assert.Equal("partner-assessment-8", recorded.GetProperty("correlationId").GetString());
        Assert.Equal(clientId.ToString(), recorded.GetProperty("recordedBy").GetString());
        // Caused by the integration event (its message id), not by a request of Enrollment's own.
        Assert.Equal(assessed.Id.ToString(), recorded.GetProperty("causationId").GetString());
    }

    private static JsonElement Entry(IEnumerable<JsonElement> entries, string type) =>
        entries.Single(e => e.GetProperty("type").GetString() == type);

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, object body, string correlationId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Correlation-Id", correlationId);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(correlationId, response.Headers.GetValues("X-Correlation-Id").Single());
        return response;
    }
}
