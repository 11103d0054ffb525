using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary><c>GET /analytics/time-outs?from=2026-01-01&amp;to=2026-12-31</c>: time-outs started, returned from, never returned from.</summary>
/// <param name="From">The first day a time-out started, yyyy-MM-dd; open when not given.</param>
/// <param name="To">The last day a time-out started, inclusive, yyyy-MM-dd; open when not given.</param>
public sealed record GetTimeOutFigures(string? From, string? To) : IQuery<TimeOutFiguresResponse>, IAnalyticsPeriod
{
    public sealed class Validator : AbstractValidator<GetTimeOutFigures>
    {
        public Validator() => this.AddPeriodRules();
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/time-outs", async Task<Ok<TimeOutFiguresResponse>> (string? from, string? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTimeOutFigures(from, to), ct)))
            .WithName("GetTimeOutFigures")
            .WithTags("Analytics")
            .WithSummary("Time-outs and returns: time-outs started, returned from, never returned from (ended by a discharge), still running, and their median length")
            .WithDescription("Covers time-outs started in the period; their length is in whole days, of those that ended. Counts of 1 to " +
                             "4 are suppressed: null with suppressed true, and a length of fewer than 5 time-outs is not given. Built " +
                             "asynchronously from the journeys. from and to are dates, yyyy-MM-dd, to inclusive; from after to is a 400. " +
                             "Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class GetTimeOutFiguresHandler(IQuerySession session) : IQueryHandler<GetTimeOutFigures, TimeOutFiguresResponse>
{
    public async ValueTask<TimeOutFiguresResponse> Handle(GetTimeOutFigures query, CancellationToken ct)
    {
        var spells = (await ClientPaths.LoadAsync(session, query, ct)).SelectMany(p => p.TimeOuts)
            .Where(t => query.Contains(t.StartedAt)).ToList();
        var lengths = spells.Where(t => t.EndedAt() is not null).Select(t => DayStatistics.DaysBetween(t.StartedAt, t.EndedAt()!.Value)).ToList();
        return new TimeOutFiguresResponse(query.From, query.To, SmallCount.Of(spells.Count),
            SmallCount.Of(spells.Count(t => t.ReturnedAt is not null)), SmallCount.Of(spells.Count(t => t.ReturnedAt is null && t.DischargedAt is not null)),
            SmallCount.Of(spells.Count(t => t.EndedAt() is null)), DayStatistics.Of(lengths));
    }
}
