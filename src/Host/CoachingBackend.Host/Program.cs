using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Http.Idempotency;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Pipeline;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.BuildingBlocks.Time;
using CoachingBackend.Host;
using CoachingBackend.Host.Analytics;
using CoachingBackend.Host.Database;
using CoachingBackend.Host.Health;
using CoachingBackend.Host.Identity;
using CoachingBackend.Host.Observability;
using CoachingBackend.Host.OpenApi;
using CoachingBackend.Host.Operations.DeadLetters;
using FluentValidation;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o =>
{
    o.IncludeScopes = true;
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
});

using var bootstrapLogs = LoggerFactory.Create(l => l.AddSimpleConsole());
var database = await HostDatabase.ResolveAsync(
    builder.Configuration, builder.Environment, bootstrapLogs.CreateLogger("CoachingBackend.Database"));

var services = builder.Services;
ValidationNames.UseJsonPaths();
var devTools = builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>("DevTools:Enabled");
if (devTools)
{
    var clock = new AdjustableClock();
    services.AddSingleton(clock);
    services.AddSingleton<TimeProvider>(clock);
}
else
{
    services.AddSingleton(TimeProvider.System);
}
services.AddScoped<RequestContext>();
services.ConfigureHttpJsonOptions(o => JsonDefaults.ApplyHttp(o.SerializerOptions));
services.AddCoachingProblemDetails();
services.AddCoachingAuthentication(builder.Configuration);
services.AddCoachingOpenApi();
services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(CommandTransaction<,>)];
});
foreach (var module in ModuleRegistry.All)
{
    // Singletons: a validator holds no state, and building one parses every rule's expressions (a cost per request when scoped).
    services.AddValidatorsFromAssembly(module.GetType().Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
    module.AddServices(services, builder.Configuration);
}
services.AddCoachingPersistence(database.ConnectionString, builder.Environment);
builder.Host.AddCoachingMessaging(builder.Configuration, builder.Environment);
services.AddCoachingObservability(builder.Configuration);
services.AddDeadLetterOperations();
services.AddAnalystExport();
services.Configure<IdempotencyOptions>(builder.Configuration.GetSection("Idempotency"));
services.AddHostedService<IdempotencyCleanup>();
services.AddHealthChecks()
    .AddCheck<DatabaseCheck>("postgresql", tags: ["ready"])
    .AddCheck<MessagingCheck>("wolverine-and-projections", tags: ["ready"]);

var app = builder.Build();
app.UseMiddleware<CorrelationId>();
// Outside the problem-details handler, to keep a command's final answer with its Idempotency-Key.
app.UseMiddleware<IdempotencyAnswers>();
app.UseCoachingProblemDetails();
// The API's description is public, as integrators build against it before they hold a token.
app.UseSwagger(o =>
{
    o.RouteTemplate = "swagger/{documentName}/swagger.json";
    o.PreSerializeFilters.Add(OpenApiSetup.AddServer);
});
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "swagger";
    o.SwaggerEndpoint($"/swagger/{OpenApiSetup.DocumentName}/swagger.json", "CoachingBackend API v1");
});
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<RequestContextMiddleware>();
app.UseMiddleware<IdempotencyKeys>();

app.MapCoachingMetrics();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.Write })
    .AllowAnonymous().ExcludeFromDescription();
app.MapHealthChecks("/health/ready",
        new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponse.Write })
    .AllowAnonymous().ExcludeFromDescription();

app.MapGet("/license", () => "CoachingBackend is proprietary software, used under each organisation's agreement.")
    .AllowAnonymous().ExcludeFromDescription();

var api = app.MapGroup("/api/v1").RequireAuthorization().AddEndpointFilter<EmptyIdFilter>();
IdempotentCommand.ForCommandsOf(api, exceptUnder: "/api/v1/dev/");
foreach (var module in ModuleRegistry.All) module.MapEndpoints(api);
DeadLetterOperations.Map(api);
AnalyticsSetup.Map(api);
if (devTools)
{
    DevTokens.Map(api);
    DevClock.Map(api);
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    var urls = string.Join(", ", app.Urls.Select(u => $"{u.TrimEnd('/')}/swagger"));
    app.Logger.LogInformation("CoachingBackend is up. Swagger UI: {SwaggerUrls}. Database: {Database}", urls, database.Description);
    Console.WriteLine($"CoachingBackend is up. Swagger UI: {urls}");
});
app.Lifetime.ApplicationStopped.Register(() => database.DisposeAsync().AsTask().GetAwaiter().GetResult());

// A command (`projections` to list or rebuild, `help` for the rest) runs and exits; without one, the API runs. Options
// alone (--urls) are the API's, and a test host passes only those.
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    // A rebuild writes the projections' tables: bring the schema to this version first, as a start of the API would.
    // (db-assert and db-apply compare and apply it themselves; codegen needs no database.)
    if (args[0] == "projections") await app.Services.GetRequiredService<SchemaAtStartup>().StartAsync(CancellationToken.None);
    return await app.RunJasperFxCommands(args);
}
await app.RunAsync();
return 0;

public partial class Program;
