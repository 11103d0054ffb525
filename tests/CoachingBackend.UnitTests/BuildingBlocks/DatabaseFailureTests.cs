using System.Net.Sockets;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.BuildingBlocks.Resilience;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoachingBackend.UnitTests.BuildingBlocks;

/// <summary>Which failures mean "the database is away for a moment": 503 with Retry-After, and retries in the handlers.</summary>
public sealed class DatabaseFailureTests
{
    private static NpgsqlException Refused() =>
        new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    private static PostgresException Server(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    public static TheoryData<Exception> Unavailable() =>
    [
        Refused(),
        new NpgsqlException("Exception while reading from stream", new EndOfStreamException()),
        new NpgsqlException("Exception while connecting", new TimeoutException()),
        new NpgsqlException("The connection pool has been exhausted", new TimeoutException()),
        Server("57P01"), // terminating connection due to administrator command
        Server("57P02"),
        Server("57P03"), // the database system is starting up
        Server("08006"),
        Server("53300"), // too many connections
        new MartenCommandException(new NpgsqlCommand("select 1"), Refused()),
        new InvalidOperationException("outer", new AggregateException(new ArgumentException("other"), Server("57P01"))),
    ];

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void A_refused_broken_or_timed_out_connection_and_a_server_going_away_are_unavailable(Exception failure)
    {
        Assert.True(DatabaseFailures.IsUnavailable(failure));
        Assert.True(DatabaseFailures.IsTransient(failure));
    }

    public static TheoryData<Exception> NotUnavailable() =>
    [
        Server("23505"), // unique violation
        Server("42P01"), // undefined table
        new InvalidOperationException("a bug"),
        new TimeoutException("not the database's"),
        new NpgsqlException("no inner"),
    ];

    [Theory]
    [MemberData(nameof(NotUnavailable))]
    public void A_failure_of_the_request_itself_is_not_unavailable(Exception failure) =>
        Assert.False(DatabaseFailures.IsUnavailable(failure));

    [Fact]
    public void A_deadlock_is_retried_by_handlers_but_is_not_an_outage()
    {
        Assert.False(DatabaseFailures.IsUnavailable(Server("40P01")));
        Assert.True(DatabaseFailures.IsTransient(Server("40P01")));
    }

    [Fact]
    public async Task An_unreachable_database_is_a_503_problem_with_retry_after()
    {
        var services = new ServiceCollection().AddLogging().AddCoachingProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/referrals";
        context.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(),
            new Environment(), NullLogger<ProblemExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, new MartenCommandException(new NpgsqlCommand("select 1"), Refused()), CancellationToken.None));

        context.Response.Body.Position = 0;
        var body = JsonDocument.Parse(context.Response.Body).RootElement;
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("urn:coachingbackend:problem:service-unavailable", body.GetProperty("type").GetString());
        Assert.DoesNotContain("127.0.0.1", body.GetRawText()); // even in Development, no connection details
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
