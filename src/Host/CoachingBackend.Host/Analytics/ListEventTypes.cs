using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingBackend.Host.Analytics;

/// <summary><c>GET /analytics/event-types</c>: the catalogue of what the export holds.</summary>
public static class ListEventTypes
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/event-types", Ok<IReadOnlyList<EventTypeResponse>> (EventCatalogue catalogue) =>
                TypedResults.Ok(catalogue.Responses))
            .WithName("ListEventTypes")
            .WithTags("Analytics")
            .WithSummary("List the exported event types, with their meaning and the JSON Schema of their payload")
            .WithDescription("Every event type the export may hold, by module and name: its schema version, a one-line meaning " +
                             "and the JSON Schema of its exported payload (personal fields removed, ids as pseudonymous keys). " +
                             "Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .WithCommonProblems();
}
