using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http.Idempotency;
using CoachingBackend.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>
/// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header, docs/adr/0013-idempotency-key.md): a command sent again
/// with the same key is carried out once and answered the same; the key is the caller's own in their organisation,
/// refused for another request, busy while its first request runs, and free again after the retention.
/// </summary>
public sealed class IdempotencyKeyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static HttpRequestMessage Request(HttpMethod method, string url, object body, string? key, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static Task<HttpResponseMessage> Refer(HttpClient client, string? key, object? body = null) =>
        client.SendAsync(Request(HttpMethod.Post, "/api/v1/referrals", body ?? Referrals.Valid(), key));

    private static Task<int> ClientCount(Organisation org) => ClientCount(org.Admin);

    private static async Task<int> ClientCount(HttpClient admin) =>
        (await admin.GetJson("/api/v1/clients?limit=100")).GetProperty("items").GetArrayLength();

    private static bool Replayed(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true";

    [Fact]
    public async Task A_referral_sent_twice_with_one_key_creates_one_client_and_is_answered_the_same_twice()
    {
        var org = await Organisation.StartAsync(api);
        var key = Guid.NewGuid().ToString();

        var first = await api.AfterMessagesHandled(() => Refer(org.Admin, key));
        var second = await api.AfterMessagesHandled(() => Refer(org.Admin, key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(Replayed(first));
        Assert.True(Replayed(second));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Content.Headers.ContentType?.MediaType, second.Content.Headers.ContentType?.MediaType);
        var clientId = (await first.Body()).GetProperty("clientId").GetGuid();
        Assert.Equal(clientId, (await second.Body()).GetProperty("clientId").GetGuid());
        Assert.Equal(1, await ClientCount(org));
    }

    [Fact]
    public async Task Without_a_key_a_referral_sent_twice_creates_two_clients_as_before()
    {
        var org = await Organisation.StartAsync(api);

        await api.AfterMessagesHandled(async () =>
        {
            Assert.False(Replayed(await Refer(org.Admin, key: null)));
            Assert.False(Replayed(await Refer(org.Admin, key: null)));
        });

        Assert.Equal(2, await ClientCount(org));
    }

    [Fact]
    public async Task The_same_key_with_another_body_or_operation_is_422_and_changes_nothing()
    {
        var org = await Organisation.StartAsync(api);
        var key = Guid.NewGuid().ToString();
        await api.AfterMessagesHandled(() => Refer(org.Admin, key));

        var otherBody = await Refer(org.Admin, key, Referrals.Valid("Eero"));
        var otherOperation = await org.Admin.SendAsync(Request(HttpMethod.Post, "/api/v1/coaches",
            new { name = "Coach Anna", userId = "coach-anna" }, key));

        await otherBody.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        await otherOperation.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        Assert.Equal(1, await ClientCount(org));
        Assert.Equal(0, (await org.Admin.GetJson("/api/v1/coaches")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Keys_are_the_callers_own_in_their_organisation()
    {
        var org = await Organisation.StartAsync(api);
        var colleague = await org.As("org-admin", "admin-2");
        var elsewhere = await Organisation.StartAsync(api); // the same subject, admin-1, in another organisation
        var key = "shared-key-1";

        var ids = new List<Guid>();
        foreach (var caller in new[] { org.Admin, colleague, elsewhere.Admin })
        {
            var answer = await api.AfterMessagesHandled(() => Refer(caller, key));
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            Assert.False(Replayed(answer));
            ids.Add((await answer.Body()).GetProperty("clientId").GetGuid());
        }

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(2, await ClientCount(org));
        Assert.Equal(1, await ClientCount(elsewhere));
    }

    [Fact]
    public async Task A_journey_command_replayed_answers_the_same_version_and_records_one_meeting()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var version = (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("version").GetInt64();
        var meeting = new { plannedAt = DateTimeOffset.UtcNow.AddMinutes(-5), mode = "remote", outcome = "held" };
        var url = $"/api/v1/clients/{aino}/meetings";

        var first = await api.AfterMessagesHandled(() => coach.SendAsync(Request(HttpMethod.Post, url, meeting, "meeting-1", $"\"{version}\"")));
        // Sent again with the same If-Match: without the key this would be 412, as the journey moved on.
        var second = await api.AfterMessagesHandled(() => coach.SendAsync(Request(HttpMethod.Post, url, meeting, "meeting-1", $"\"{version}\"")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(Replayed(second));
        Assert.Equal($"\"{version + 1}\"", first.Headers.ETag?.Tag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, (await org.JourneyAsync(aino)).Types().Count(t => t == "meeting_recorded"));
    }

    [Fact]
    public async Task A_client_error_is_kept_and_answered_again()
    {
        var org = await Organisation.StartAsync(api);
        var invalid = new { name = new { givenName = "", familyName = "Virtanen" }, source = "health-station" };

        var first = await Refer(org.Admin, "bad-1", invalid);
        var second = await Refer(org.Admin, "bad-1", invalid);

        var problem = await first.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var again = await second.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(Replayed(second));
        Assert.Equal(problem.GetProperty("errors").ToString(), again.GetProperty("errors").ToString());
        Assert.Equal(0, await ClientCount(org));
    }

    [Fact]
    public async Task Requests_racing_with_one_key_are_carried_out_once()
    {
        var org = await Organisation.StartAsync(api);

        var answers = await api.AfterMessagesHandled(() =>
            Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Refer(org.Admin, "racing-key"))));

        var created = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(created);
        var ids = await Task.WhenAll(created.Select(async a => (await a.Body()).GetProperty("clientId").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.Single(created, a => !Replayed(a));
        foreach (var busy in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            await busy.ShouldBeProblem(HttpStatusCode.Conflict, "idempotency-key-in-flight");
        Assert.Equal(1, await ClientCount(org));
    }

    [Fact]
    public async Task A_key_whose_command_committed_without_its_answer_is_not_carried_out_again()
    {
        var org = await Organisation.StartAsync(api);
        var first = await api.AfterMessagesHandled(() => Refer(org.Admin, "lost-answer"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        // As if the process had stopped after the command's commit (which wrote the key) and before the answer was stored.
        var store = api.Services.GetRequiredService<IDocumentStore>();
        var id = StableIds.From("idempotency-key", org.Tenant, "admin-1", "lost-answer");
        await using (var session = store.LightweightSession(org.Tenant))
        {
            var record = await session.LoadAsync<IdempotencyRecord>(id);
            Assert.NotNull(record);
            record.Status = null;
            session.Store(record);
            await session.SaveChangesAsync();
        }

        var again = await Refer(org.Admin, "lost-answer");

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "idempotency-key-answer-lost");
        Assert.Equal(1, await ClientCount(org));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("with\ttab")]
    [InlineData("\"unterminated")]
    [InlineData("\"in\"side\"")]
    public async Task A_malformed_key_is_400_and_nothing_is_done(string key)
    {
        var org = await Organisation.StartAsync(api);

        var refused = await Refer(org.Admin, key);

        await refused.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        Assert.Equal(0, await ClientCount(org));
    }

    [Fact]
    public async Task A_key_of_256_characters_is_400_and_of_255_is_taken()
    {
        var org = await Organisation.StartAsync(api);

        await (await Refer(org.Admin, new string('k', 256))).ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        var quoted = await api.AfterMessagesHandled(() => Refer(org.Admin, $"\"{new string('k', 255)}\""));
        var bare = await Refer(org.Admin, new string('k', 255));

        Assert.Equal(HttpStatusCode.Created, quoted.StatusCode);
        Assert.True(Replayed(bare)); // "k…k" quoted and bare are the same key
    }

    [Fact]
    public async Task A_key_is_free_again_after_the_retention()
    {
        var org = await Organisation.StartAsync(api);
        await api.AfterMessagesHandled(() => Refer(org.Admin, "expiring-key"));

        await api.MoveClockAsync(new { advance = "P2D" });
        var admin = await org.As("org-admin", "admin-1"); // the same caller, with a token that is valid two days on
        var reused = await api.AfterMessagesHandled(() => Refer(admin, "expiring-key", Referrals.Valid("Eero")));

        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
        Assert.False(Replayed(reused));
        Assert.Equal(2, await ClientCount(admin));
    }

    [Fact]
    public async Task The_document_offers_the_key_on_commands_only()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        bool TakesKey(string path, string method) =>
            document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("parameters").EnumerateArray()
                .Any(p => p.GetProperty("name").GetString() == "Idempotency-Key");

        Assert.True(TakesKey("/api/v1/referrals", "post"));
        Assert.True(TakesKey("/api/v1/clients/{clientId}/coach", "put"));
        Assert.False(TakesKey("/api/v1/clients/{clientId}", "get"));
        Assert.False(TakesKey("/api/v1/dev/clock", "post"));
        var referral = document.GetProperty("paths").GetProperty("/api/v1/referrals").GetProperty("post").GetProperty("responses");
        Assert.True(referral.TryGetProperty("409", out _));
        Assert.True(referral.TryGetProperty("422", out _));
    }
}
