using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>Only Development starts a PostgreSQL of its own; anywhere else the Host needs a connection string.</summary>
public sealed class DatabaseConfigurationTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Outside_development_a_missing_connection_string_stops_the_start_with_one_clear_message(string environment)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            // Empty overrides a ConnectionStrings__Postgres the test run itself may have been given.
            builder.UseSetting("ConnectionStrings:Postgres", "");
        });

        var failure = Assert.Throws<InvalidOperationException>(() => factory.Server);

        Assert.StartsWith("ConnectionStrings:Postgres is not set; production needs a PostgreSQL connection string", failure.Message);
        Assert.Contains(environment, failure.Message);
    }

    [Fact]
    public async Task A_production_process_without_a_connection_string_exits_non_zero_and_says_why()
    {
        var host = Path.Combine(AppContext.BaseDirectory, "CoachingBackend.Host.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { host, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Postgres"] = "",
                ["DOTNET_DbgEnableMiniDump"] = "0",
            },
        };

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("ConnectionStrings:Postgres is not set; production needs a PostgreSQL connection string", await stderr + await stdout);
    }
}
