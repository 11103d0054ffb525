using System.Text.Json;

namespace CoachingBackend.IntegrationTests.Infrastructure;

public static class DevClockMoves
{
    /// <summary>
    /// Moves the host's clock through <c>POST /api/v1/dev/clock</c> as an org-admin (the endpoint admits no one else),
    /// with a token minted at the clock's current time, so an earlier move cannot have expired it. Returns the answer.
    /// </summary>
    public static async Task<JsonElement> MoveClockAsync(this ApiFactory api, object body)
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin", "clock-admin");
        return await admin.PostOk("/api/v1/dev/clock", body);
    }
}
