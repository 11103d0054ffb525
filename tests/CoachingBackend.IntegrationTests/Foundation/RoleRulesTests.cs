using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>
/// Every operation refuses the roles that have no business there, before it reads or changes anything. The operations
/// and their roles come from the running API's endpoint metadata, so a new operation is covered the day it is mapped.
/// </summary>
public sealed partial class RoleRulesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly Lazy<IReadOnlyList<Operation>> All = new(ReadOperations);

    public sealed record Operation(string Method, string Route, IReadOnlyList<string> Roles, bool Anonymous)
    {
        public override string ToString() => $"{Method} {Route}";

        /// <summary>The route with its parameters filled: any id (no record needs to exist; roles are checked first).</summary>
        public string Path => "/" + RouteParameter().Replace(Route.TrimStart('/'), m => m.Value.Contains(":guid") ? Guid.NewGuid().ToString() : "urica");
    }

    [Fact]
    public void Every_operation_of_the_api_names_the_roles_it_admits_or_is_open_on_purpose()
    {
        Assert.NotEmpty(All.Value);
        var unruled = All.Value.Where(o => o is { Anonymous: false, Roles.Count: 0 }).Select(o => o.ToString()).ToList();
        Assert.Empty(unruled);
        // Only the development token endpoint is open, and only where it exists at all; the dev clock needs an org-admin.
        Assert.Equal(["POST /api/v1/dev/tokens"],
            All.Value.Where(o => o.Anonymous).Select(o => o.ToString()).Order().ToList());
    }

    /// <summary>
    /// The roles themselves are reviewed: opening an operation to another role changes this table, which a reviewer
    /// then sees in the diff of RoleRules.approved.txt.
    /// </summary>
    [Fact]
    public void The_roles_of_every_operation_are_the_reviewed_ones()
    {
        var approved = Path.Combine(SourceFolder(), "RoleRules.approved.txt");
        var actual = string.Join('\n', All.Value.Select(o => $"{o} : {(o.Anonymous ? "anonymous" : string.Join(", ", o.Roles.Order()))}")) + "\n";
        Assert.True(File.Exists(approved) && File.ReadAllText(approved) == actual,
            $"The operations' roles differ from {approved}. If the change is intended, replace the file with:\n{actual}");
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static TheoryData<string, string, string> Refusals()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var operation in All.Value.Where(o => !o.Anonymous))
        foreach (var role in Roles.All.Except(operation.Roles))
            data.Add(operation.Method, operation.Route, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_role_without_business_on_an_operation_is_refused_with_403(string method, string route, string role)
    {
        var operation = All.Value.Single(o => o.Method == method && o.Route == route);
        var caller = await api.ClientAs(Tenants.New(), role);

        var response = await caller.SendAsync(Request(operation));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in All.Value.Where(o => !o.Anonymous)) data.Add(operation.Method, operation.Route);
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task No_operation_answers_without_a_token(string method, string route)
    {
        var operation = All.Value.Single(o => o.Method == method && o.Route == route);
        var response = await api.CreateClient().SendAsync(Request(operation));
        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    private static HttpRequestMessage Request(Operation operation) => new(new HttpMethod(operation.Method), operation.Path)
    {
        Content = operation.Method == "GET" ? null : JsonContent.Create(new { }),
    };

    private static IReadOnlyList<Operation> ReadOperations()
    {
        // A host of its own, only to read its endpoints: member data is built before any fixture exists.
        using var factory = new ApiFactory();
        factory.InitializeAsync().GetAwaiter().GetResult();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new Operation(
                method, e.RoutePattern.RawText!, e.Metadata.GetMetadata<AllowedRoles>()?.Roles ?? [],
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .OrderBy(o => o.Route).ThenBy(o => o.Method).ToList();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
