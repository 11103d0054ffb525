using System.Text.Json;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>An entry is the client's own doing: it keeps them off the passive-client follow-ups. Its own host: it moves the clock.</summary>
public sealed class EntryActivityTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_client_who_records_an_entry_in_the_first_month_is_not_followed_up_as_passive_and_one_who_does_not_is()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId, "Aino");
        var pekka = await org.ActiveClientAsync(coach, coachId, "Pekka");

        await api.MoveClockAsync(new { advance = "P3D" });
        var pekkaApp = await org.As(Roles.Client, pekka.ToString());
        await api.AfterMessagesHandled(() => pekkaApp.PostOk($"/api/v1/clients/{pekka}/entries",
            new { kind = "measurement", measurement = new { kind = "blood-pressure", systolic = 128, diastolic = 82 } }));

        await api.MoveClockAsync(new { advance = "P28D" }); // 31 days since activation
        await api.RaiseDueFollowUpsAsync();

        coach = await org.As("coach", "coach-anna");
        Assert.Equal([aino], (await coach.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "passive-client").Select(f => f.GetProperty("clientId").GetGuid()));
    }
}
