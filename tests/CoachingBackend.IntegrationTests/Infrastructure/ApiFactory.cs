using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// The whole API in-process, on its own database of the run's PostgreSQL server. One per test class;
/// tests keep out of each other's way by each using an organisation of their own.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";
    private string _connectionString = "";

    protected virtual string Environment => "Testing";
    protected virtual bool DevToolsEnabled => true;

    /// <summary>The database this host runs on: a fresh one, unless a subclass shares one between hosts.</summary>
    protected virtual Task<string> DatabaseAsync() => TestPostgres.CreateDatabaseAsync();

    /// <summary>Services only a test host has (say, a handler that fails on purpose).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public string ConnectionString => _connectionString;

    public async Task InitializeAsync()
    {
        _connectionString = await DatabaseAsync();
        _ = Server; // start the host now, not inside the first test
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Postgres", _connectionString);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("DevTools:Enabled", DevToolsEnabled ? "true" : "false");
        builder.ConfigureServices(ConfigureTestServices);
    }

    /// <summary>A client holding a token minted by the dev token endpoint for this organisation, role and subject.</summary>
    public async Task<HttpClient> ClientAs(string tenant, string role, string? subject = null)
    {
        var anonymous = CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/dev/tokens",
            new { tenant, role, subject = subject ?? $"{role}-{Guid.NewGuid():N}" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.AccessToken;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenAnswer(string AccessToken);

    /// <summary>
    /// Runs <paramref name="action"/> (HTTP calls, usually) inside a Wolverine tracked session and returns once every
    /// message it set off, and every message those set off, has been handled by every module: the test then reads
    /// the outcome at once instead of polling for it.
    /// </summary>
    /// <remarks>
    /// Handlers run on durable local queues, and a handler that loses a race on a journey retries on the new version
    /// (MessagingSetup): those handled conflicts are expected, any other exception, a dead-lettered message or a
    /// timeout fails the test.
    /// </remarks>
    public async Task<T> AfterMessagesHandled<T>(Func<Task<T>> action, int seconds = 30)
    {
        var result = default(T)!;
        await Tracked(async () => result = await action(), seconds);
        return result;
    }

    /// <inheritdoc cref="AfterMessagesHandled{T}"/>
    public async Task AfterMessagesHandled(Func<Task> action, int seconds = 30) => await Tracked(action, seconds);

    /// <summary>
    /// Runs the follow-up scan now, as the background scanner does when the clock moves, and returns once it has
    /// raised what is due. The scan is driven by the clock, not by a message, so no tracked session can wait for it;
    /// a scan that loses a race with the background one finds its work done (the journey's version decides).
    /// </summary>
    public Task RaiseDueFollowUpsAsync() =>
        Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .OfType<CoachingBackend.Enrollment.FollowUps.Raising.FollowUpScanner>().Single()
            .ScanAsync(CancellationToken.None);

    /// <summary>
    /// Waits until the asynchronous projections (the analytics figures) have caught up with every stored event.
    /// </summary>
    public Task ProjectionsCaughtUpAsync() =>
        Marten.Events.TestingExtensions.WaitForNonStaleProjectionDataAsync(
            Services.GetRequiredService<Marten.IDocumentStore>(), TimeSpan.FromSeconds(30));

    /// <summary>The tracked session itself, for a test that inspects the messages.</summary>
    public async Task<ITrackedSession> Tracked(Func<Task> action, int seconds = 30)
    {
        var session = await Services.TrackActivity(TimeSpan.FromSeconds(seconds))
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(_ => action()));
        var unexpected = session.AllExceptions()
            .Where(e => e is not (JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException))
            .ToList();
        Assert.True(unexpected.Count == 0, $"Handlers failed: {string.Join("; ", unexpected.Select(e => e.ToString()))}");
        Assert.Empty(session.MovedToErrorQueue.Envelopes());
        return session;
    }
}

/// <summary>One more node of the application on a database another host already runs on.</summary>
public sealed class ApiNode(string connectionString) : ApiFactory
{
    protected override Task<string> DatabaseAsync() => Task.FromResult(connectionString);
}

public static class Tenants
{
    /// <summary>An organisation no other test uses.</summary>
    public static string New() => $"org-{Guid.NewGuid():N}"[..16];
}
