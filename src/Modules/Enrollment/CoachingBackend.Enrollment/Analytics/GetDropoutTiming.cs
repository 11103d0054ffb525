using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Enrollment.Clients.Discharging;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary><c>GET /analytics/dropout?from=2026-01-01&amp;to=2026-12-31</c>: how long activated clients stayed, by discharge reason.</summary>
/// <param name="From">The first day of discharge, yyyy-MM-dd; open when not given.</param>
/// <param name="To">The last day of discharge, inclusive, yyyy-MM-dd; open when not given.</param>
public sealed record GetDropoutTiming(string? From, string? To) : IQuery<DropoutTimingResponse>, IAnalyticsPeriod
{
    public sealed class Validator : AbstractValidator<GetDropoutTiming>
    {
        public Validator() => this.AddPeriodRules();
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/dropout", async Task<Ok<DropoutTimingResponse>> (string? from, string? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDropoutTiming(from, to), ct)))
            .WithName("GetDropoutTiming")
            .WithTags("Analytics")
            .WithSummary("Dropout timing: whole days from activation to discharge, by discharge reason, with count, median and quartiles")
            .WithDescription("Covers clients discharged in the period after an activation. Quartiles interpolate linearly (numpy's " +
                             "default). A reason with 1 to 4 discharges shows no count and no figures (suppressed true). Built " +
                             "asynchronously from the journeys. from and to are dates, yyyy-MM-dd, to inclusive; from after to is a 400. " +
                             "Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class GetDropoutTimingHandler(IQuerySession session) : IQueryHandler<GetDropoutTiming, DropoutTimingResponse>
{
    public async ValueTask<DropoutTimingResponse> Handle(GetDropoutTiming query, CancellationToken ct)
    {
        var discharged = (await ClientPaths.LoadAsync(session, query, ct))
            .Where(p => p.ActivatedAt is not null && query.Contains(p.DischargedAt))
            .Select(p => (Reason: p.DischargeReason!, Days: DayStatistics.DaysBetween(p.ActivatedAt!.Value, p.DischargedAt!.Value)))
            .ToList();
        var byReason = Enum.GetValues<DischargeReason>().Select(JsonDefaults.Name)
            .Select(reason => new DischargeTiming(reason, DayStatistics.Of(discharged.Where(d => d.Reason == reason).Select(d => d.Days).ToList())))
            .ToList();
        return new DropoutTimingResponse(query.From, query.To, new DischargeTiming("all", DayStatistics.Of(discharged.Select(d => d.Days).ToList())), byReason);
    }
}
