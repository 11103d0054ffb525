using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary><c>GET /analytics/readiness?from=2026-01-01&amp;to=2026-12-31</c>: readiness at intake and where it went since.</summary>
/// <param name="From">The first day of a first assessment, yyyy-MM-dd; open when not given.</param>
/// <param name="To">The last day of a first assessment, inclusive, yyyy-MM-dd; open when not given.</param>
public sealed record GetReadinessTrend(string? From, string? To) : IQuery<ReadinessTrendResponse>, IAnalyticsPeriod
{
    /// <summary>Ordered, so a change of level can rise or fall.</summary>
    public static readonly string[] Levels = ["low", "moderate", "high"];

    public sealed class Validator : AbstractValidator<GetReadinessTrend>
    {
        public Validator() => this.AddPeriodRules();
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/readiness", async Task<Ok<ReadinessTrendResponse>> (string? from, string? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetReadinessTrend(from, to), ct)))
            .WithName("GetReadinessTrend")
            .WithTags("Analytics")
            .WithSummary("Readiness at intake and its trend: the level distribution of each client's first assessment and of their latest, and the share that rose, stayed or fell")
            .WithDescription("Covers clients whose first readiness result reached the journey in the period; their latest level is " +
                             "today's. Rose, stayed and fell are shares of the clients assessed more than once. Counts of 1 to 4 are " +
                             "suppressed: null with suppressed true, and no share. Built asynchronously from the journeys. from and to " +
                             "are dates, yyyy-MM-dd, to inclusive; from after to is a 400. Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class GetReadinessTrendHandler(IQuerySession session) : IQueryHandler<GetReadinessTrend, ReadinessTrendResponse>
{
    public async ValueTask<ReadinessTrendResponse> Handle(GetReadinessTrend query, CancellationToken ct)
    {
        var assessed = (await ClientPaths.LoadAsync(session, query, ct)).Where(p => query.Contains(p.FirstAssessedAt)).ToList();
        var reassessed = assessed.Where(p => p.Assessments > 1)
            .Select(p => Rank(p.LatestReadinessLevel).CompareTo(Rank(p.FirstReadinessLevel))).ToList();
        return new ReadinessTrendResponse(query.From, query.To, SmallCount.Of(assessed.Count),
            Distribution(assessed.Select(p => p.FirstReadinessLevel)), Distribution(assessed.Select(p => p.LatestReadinessLevel)),
            SmallCount.Of(reassessed.Count),
            [
                Tally.Of("rose", reassessed.Count(c => c > 0), reassessed.Count),
                Tally.Of("stayed", reassessed.Count(c => c == 0), reassessed.Count),
                Tally.Of("fell", reassessed.Count(c => c < 0), reassessed.Count),
            ]);
    }

    private static List<Tally> Distribution(IEnumerable<string?> levels)
    {
        var all = levels.ToList();
        return GetReadinessTrend.Levels.Select(level => Tally.Of(level, all.Count(l => l == level), all.Count)).ToList();
    }

    private static int Rank(string? level) => Array.IndexOf(GetReadinessTrend.Levels, level);
}
