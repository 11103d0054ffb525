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
}
