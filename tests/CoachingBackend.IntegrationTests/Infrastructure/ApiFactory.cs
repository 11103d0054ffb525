using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
