using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Reminders;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>A client's weeks of one metric (Monday to Sunday): sum, mean and days with data of the de-duplicated daily figures.</summary>
public sealed record GetWeeklyFigures(Guid ClientId, Metric Metric, string? From, string? To) : IQuery<IReadOnlyList<WeeklyFigureResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/measurements/weekly", async Task<Ok<IReadOnlyList<WeeklyFigureResponse>>> (Guid clientId,
                string? metric, string? from, string? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWeeklyFigures(clientId, GetDailyFigures.RequiredMetric(metric), from, to), ct)))
            .WithName("GetWeeklyMeasurements")
            .WithMetadata(new EnumQueryParameter("metric", typeof(Metric), Required: true))
            .WithTags("Measurements")
            .WithSummary("A client's weekly sums and means of a metric")
            .WithDescription("Weeks run Monday to Sunday; from and to are days (yyyy-MM-dd; the last 90 days by default, at most 366) " +
                             "and a week is counted over its days inside them. The mean is over the days with data; weeks without " +
                             "data are left out. " + DailyFigure.Rule + " Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetWeeklyFiguresHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<GetWeeklyFigures, IReadOnlyList<WeeklyFigureResponse>>
{
    public async ValueTask<IReadOnlyList<WeeklyFigureResponse>> Handle(GetWeeklyFigures query, CancellationToken ct)
    {
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var range = DayRange.Read(query.From, query.To, await DailyFigures.TodayAsync(session, caller.TenantId, time, ct));
        var figures = await DailyFigures.ReadAsync(session, query.ClientId, query.Metric, range.From, range.To, ct);
        var unit = MetricRules.Of(query.Metric).Unit;
        return [.. figures.GroupBy(f => ReminderTimes.WeekOf(f.Day)).OrderBy(w => w.Key).Select(w => new WeeklyFigureResponse(
            w.Key, w.Sum(f => f.Value), Math.Round(w.Average(f => f.Value), 2), w.Count(), unit))];
    }
}
