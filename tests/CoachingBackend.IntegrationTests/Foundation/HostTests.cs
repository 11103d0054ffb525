using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.Foundation;

public sealed class HostTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Ready_answers_200_once_the_database_wolverine_and_the_projection_daemon_run()
    {
        // Hot/cold: a node is ready once it leads its projections or sees the node that does (moments after start).
        var (status, text) = await Eventually.Until(async () =>
        {
            var response = await api.CreateClient().GetAsync("/health/ready");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }, r => r.StatusCode == HttpStatusCode.OK, "ready", seconds: 15);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["postgresql", "wolverine-and-projections"],
            body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
        Assert.All(body.GetProperty("checks").EnumerateArray(), c => Assert.Equal("Healthy", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Live_answers_200_without_a_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_names_every_operation_and_its_error_answers_and_the_bearer_scheme()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Verb: op.Name, Op: op.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/v1/referrals" && o.Verb == "post");
        Assert.All(operations, o =>
        {
            Assert.True(o.Op.TryGetProperty("operationId", out _), $"{o.Verb} {o.Path} has no operationId");
            var statuses = o.Op.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Contains(statuses, s => s.StartsWith('4'));
            Assert.Contains("500", statuses);
            if (!o.Path.StartsWith("/api/v1/dev/", StringComparison.Ordinal))
            {
                Assert.True(o.Op.TryGetProperty("security", out _), $"{o.Verb} {o.Path} does not name the bearer scheme");
                Assert.Contains("401", statuses);
                Assert.Contains("403", statuses);
            }
        });
        var problemSchema = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        Assert.True(problemSchema.GetProperty("properties").TryGetProperty("type", out _));
    }

    [Fact]
    public async Task The_openapi_document_passes_the_openapi_validator_without_errors_or_warnings()
    {
        var json = await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json");

        var read = Microsoft.OpenApi.OpenApiDocument.Parse(json, "json");
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var problems = Microsoft.OpenApi.OpenApiElementExtensions.Validate(read.Document!, Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()) ?? [];
        Assert.Empty(problems.Select(p => $"{p.Pointer}: {p.Message}"));
    }

    [Fact]
    public void Wolverine_runs_no_mediator_handler()
    {
        // Had Wolverine taken a mediator handler, it would have a chain for that handler's command or query.
        var graph = api.Services.GetRequiredService<Wolverine.Runtime.Handlers.HandlerGraph>();
        var messageTypes = graph.Chains.Select(c => c.MessageType).ToList();
        Assert.DoesNotContain(messageTypes, t => typeof(Mediator.IMessage).IsAssignableFrom(t));
    }

    [Fact]
    public void Every_integration_event_a_module_handles_has_a_wolverine_handler()
    {
        // A handler class Wolverine does not recognise (say, named "...Handlers") would silently never run.
        var graph = api.Services.GetRequiredService<Wolverine.Runtime.Handlers.HandlerGraph>();
        var handled = graph.Chains.Select(c => c.MessageType).ToHashSet();
        var expected = CoachingBackend.Host.ModuleRegistry.All.Select(m => m.GetType().Assembly)
            .SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance))
            .Where(m => m.Name == "Handle" && m.GetParameters().Length > 0)
            .Select(m => m.GetParameters()[0].ParameterType)
            .Where(t => t.Assembly.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.NotEmpty(expected);
        Assert.All(expected, t => Assert.Contains(t, handled));
    }

    [Fact]
    public void Event_type_names_are_unique_across_modules()
    {
        var store = api.Services.GetRequiredService<IDocumentStore>();
        var names = store.Options.Events.AllKnownEventTypes().Select(e => e.EventTypeName).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}

public sealed class ProductionHostFactory : ApiFactory
{
    protected override string Environment => "Production";
    protected override bool DevToolsEnabled => false;
}

public sealed class DevToolsOutsideDevelopmentTests(ProductionHostFactory api) : IClassFixture<ProductionHostFactory>
{
    [Fact]
    public async Task The_dev_token_endpoint_does_not_exist_outside_development()
    {
        var response = await api.CreateClient().PostAsync("/api/v1/dev/tokens",
            new StringContent("{\"tenant\":\"vantaa\",\"role\":\"org-admin\",\"subject\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        Assert.DoesNotContain("/api/v1/dev/tokens", document);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_that_shows_no_internals_outside_development()
    {
        var tenant = Tenants.New();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", SignedTokens.For(tenant, "org-admin", DateTime.UtcNow.AddHours(1)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/settings/enrollment")).StatusCode);

        // Break the database under the running API: the next read fails in a way no rule foresaw.
        var store = api.Services.GetRequiredService<IDocumentStore>();
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "alter table coaching.mt_doc_enrollmentsettingsrecord rename to mt_doc_enrollmentsettingsrecord_gone";
            await drop.ExecuteNonQueryAsync();
        }
        try
        {
            var response = await client.GetAsync("/api/v1/settings/enrollment");
            var problem = await response.ShouldBeProblem(HttpStatusCode.InternalServerError, "unexpected");
            Assert.DoesNotContain("mt_doc", problem.GetRawText());
            Assert.DoesNotContain("   at ", problem.GetRawText());
            Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), problem.GetProperty("correlationId").GetString());
        }
        finally
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync();
            await using var restore = connection.CreateCommand();
            restore.CommandText = "alter table coaching.mt_doc_enrollmentsettingsrecord_gone rename to mt_doc_enrollmentsettingsrecord";
            await restore.ExecuteNonQueryAsync();
        }
    }
}
