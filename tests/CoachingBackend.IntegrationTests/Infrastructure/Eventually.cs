namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// For conditions no message marks: a node's readiness after start (the projection daemon's shard locks), a message
/// parked in the dead letters after its retries. A test that waits for messages to be handled uses
/// <see cref="ApiFactory.AfterMessagesHandled(Func{Task}, int)"/> instead.
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
}
