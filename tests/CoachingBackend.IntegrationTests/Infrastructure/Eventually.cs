namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// Modules hear of each other through integration events, delivered moments after the commit that raised them.
/// A test that crosses modules polls for the outcome, within a bound, instead of sleeping a fixed time.
/// </summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not seen within {seconds} s: {what}. Last: {value}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the ReadinessAssessment module knows the client (it learns of referrals by event).</summary>
    public static Task KnownToReadiness(HttpClient client, Guid clientId) =>
        Until(async () => (await client.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).StatusCode,
            status => status != System.Net.HttpStatusCode.NotFound, $"client {clientId} known to ReadinessAssessment");
}
