using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary><c>GET /analytics/funnel?from=2026-01-01&amp;to=2026-12-31</c>: referred → intake → assessed → activated → completed.</summary>
/// <param name="From">The first day, yyyy-MM-dd; open when not given.</param>
/// <param name="To">The last day, inclusive, yyyy-MM-dd; open when not given.</param>
public sealed record GetJourneyFunnel(string? From, string? To) : IQuery<JourneyFunnelResponse>, IAnalyticsPeriod
{
    public sealed class Validator : AbstractValidator<GetJourneyFunnel>
    {
        public Validator() => this.AddPeriodRules();
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/funnel", async Task<Ok<JourneyFunnelResponse>> (string? from, string? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetJourneyFunnel(from, to), ct)))
            .WithName("GetJourneyFunnel")
            .WithTags("Analytics")
            .WithSummary("The journey funnel: how many clients were referred, interviewed, assessed, activated and completed, with conversion rates")
            .WithDescription("Each step counts the clients who took it in the period (the first intake interview, the first readiness " +
                             "result, the first activation, a discharge with reason completed), by the day it happened, UTC. Counts of " +
                             "1 to 4 are suppressed: null with suppressed true, and no rate is given next to them. Built asynchronously " +
                             "from the journeys. from and to are dates, yyyy-MM-dd, to inclusive; from after to is a 400. Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class GetJourneyFunnelHandler(IQuerySession session) : IQueryHandler<GetJourneyFunnel, JourneyFunnelResponse>
{
    public async ValueTask<JourneyFunnelResponse> Handle(GetJourneyFunnel query, CancellationToken ct)
    {
        var paths = await ClientPaths.LoadAsync(session, query, ct);
        int Took(Func<ClientPathRecord, DateTimeOffset?> step) => paths.Count(p => query.Contains(step(p)));
        (string Step, int Count)[] counts =
        [
            ("referred", Took(p => p.ReferredAt)),
            ("intake", Took(p => p.IntakeAt)),
            ("assessed", Took(p => p.FirstAssessedAt)),
            ("activated", Took(p => p.ActivatedAt)),
            ("completed", Took(p => p.DischargeReason == "completed" ? p.DischargedAt : null)),
        ];
        var steps = counts.Select((s, i) =>
        {
            var count = SmallCount.Of(s.Count);
            return new FunnelStep(s.Step, count.Count, count.Suppressed, i == 0 ? null : ClientPaths.Share(s.Count, counts[i - 1].Count));
        }).ToList();
        return new JourneyFunnelResponse(query.From, query.To, steps);
    }
}
