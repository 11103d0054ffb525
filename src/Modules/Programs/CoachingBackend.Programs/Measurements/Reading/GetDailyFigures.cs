using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Programs.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>A client's de-duplicated daily figures of one metric, oldest day first; days without data are left out.</summary>
public sealed record GetDailyFigures(Guid ClientId, Metric Metric, string? From, string? To) : IQuery<IReadOnlyList<DailyFigureResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/measurements/daily", async Task<Ok<IReadOnlyList<DailyFigureResponse>>> (Guid clientId,
                string? metric, string? from, string? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDailyFigures(clientId, RequiredMetric(metric), from, to), ct)))
            .WithName("GetDailyMeasurements")
            .WithMetadata(new EnumQueryParameter("metric", typeof(Metric), Required: true))
            .WithTags("Measurements")
            .WithSummary("A client's daily figures of a metric")
            .WithDescription("metric is required; from and to are days (yyyy-MM-dd, both included; the last 90 days by default, at " +
                             "most 366). " + DailyFigure.Rule + " Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();

    public static Metric RequiredMetric(string? metric) =>
        JsonDefaults.ParseQuery<Metric>(metric, "metric") ?? throw new BadHttpRequestException("metric is required.");
}

public sealed class GetDailyFiguresHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<GetDailyFigures, IReadOnlyList<DailyFigureResponse>>
{
    public async ValueTask<IReadOnlyList<DailyFigureResponse>> Handle(GetDailyFigures query, CancellationToken ct)
    {
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var range = DayRange.Read(query.From, query.To, await DailyFigures.TodayAsync(session, caller.TenantId, time, ct));
        var preferred = (await session.LoadAsync<ClientMeasurementsRecord>(ClientMeasurements.StreamId(query.ClientId), ct))?.PreferredSources ?? [];
        var records = await session.Query<DailyFigureRecord>()
            .Where(d => d.ClientId == query.ClientId && d.Metric == query.Metric && d.Day >= range.From && d.Day <= range.To)
            .OrderBy(d => d.Day).ToListAsync(ct);
        var unit = MetricRules.Of(query.Metric).Unit;
        return [.. records.Select(r => (Record: r, Figure: DailyFigure.Choose(r, preferred))).Where(r => r.Figure is not null)
            .Select(r => new DailyFigureResponse(r.Figure!.Day, r.Figure.Value, unit, r.Figure.Source, r.Record.Sources.Count))];
    }
}
