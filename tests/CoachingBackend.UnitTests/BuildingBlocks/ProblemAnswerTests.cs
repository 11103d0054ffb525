using System.Text.Json;
using CoachingBackend.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachingBackend.UnitTests.BuildingBlocks;

public sealed class ProblemAnswerTests
{
    private static async Task<(int Status, JsonElement Body)> Answer(Exception exception, string environment, bool ifMatch = false)
    {
        var services = new ServiceCollection().AddLogging().AddCoachingProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/clients";
        if (ifMatch) context.Request.Headers.IfMatch = "\"3\"";
        context.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(),
            new Environment(environment), NullLogger<ProblemExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, JsonDocument.Parse(context.Response.Body).RootElement);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_the_stack_trace_outside_development()
    {
        var (status, body) = await Answer(new InvalidOperationException("secret internals at Foo.Bar()"), "Production");
        Assert.Equal(500, status);
        Assert.Equal(ProblemTypes.Unexpected, body.GetProperty("type").GetString());
        Assert.DoesNotContain("secret internals", body.GetRawText());
    }

    [Fact]
    public async Task In_development_a_500_problem_shows_what_went_wrong()
    {
        var (_, body) = await Answer(new InvalidOperationException("secret internals"), "Development");
        Assert.Contains("secret internals", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_broken_domain_rule_is_a_409_with_the_rules_own_type()
    {
        var (status, body) = await Answer(new DomainRuleException("coach-capacity-full", "Coach is full."), "Production");
        Assert.Equal(409, status);
        Assert.Equal("urn:coachingbackend:problem:coach-capacity-full", body.GetProperty("type").GetString());
        Assert.Equal("Coach is full.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_concurrent_change_is_412_when_if_match_was_sent_and_409_when_not()
    {
        var (withIfMatch, stale) = await Answer(new JasperFx.ConcurrencyException("stream moved on", null!), "Production", ifMatch: true);
        Assert.Equal(412, withIfMatch);
        Assert.Equal(ProblemTypes.StaleVersion, stale.GetProperty("type").GetString());

        var (without, concurrent) = await Answer(new JasperFx.ConcurrencyException("stream moved on", null!), "Production");
        Assert.Equal(409, without);
        Assert.Equal(ProblemTypes.ConcurrentChange, concurrent.GetProperty("type").GetString());
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
