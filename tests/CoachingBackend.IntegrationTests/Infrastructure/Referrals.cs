using System.Net.Http.Json;
using System.Text.Json;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>Request bodies as a partner app would send them.</summary>
public static class Referrals
{
    public static object Valid(string givenName = "Aino", string source = "health-station") => new
    {
        name = new { givenName, familyName = "Virtanen" },
        dateOfBirth = "1979-04-12",
        contact = new { email = "aino.virtanen@example.fi", phone = "+358 40 123 4567", preferredChannel = "phone" },
        source,
        referrerName = "Tikkurila health station",
        reason = "Raised blood pressure and little exercise; wants to change habits.",
        riskFactors = new[] { "raised-blood-pressure", "physical-inactivity" },
    };

    /// <summary>Refers a client and returns the new client's id.</summary>
    public static async Task<Guid> ReferAsync(this HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/referrals", body ?? Valid());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("clientId").GetGuid();
    }
}
