using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Programs.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>Every raw item on file for a client, as each source sent it (after its corrections), newest day first.</summary>
public sealed record ListMeasurements(Guid ClientId, string? Source, Metric? Metric, string? From, string? To, string? Cursor, int? Limit)
    : IQuery<Page<MeasurementItemResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/measurements", async Task<Ok<Page<MeasurementItemResponse>>> (Guid clientId, string? source,
                string? metric, string? from, string? to, string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMeasurements(clientId, source, JsonDefaults.ParseQuery<Metric>(metric, "metric"),
                    from, to, cursor, limit), ct)))
            .WithName("ListMeasurements")
            .WithMetadata(new EnumQueryParameter("metric", typeof(Metric)))
            .WithTags("Measurements")
            .WithSummary("A client's raw measurement items")
            .WithDescription("Every stored item, before de-duplication, newest day first; source (exact id) and metric filter; from and " +
                             "to are days (yyyy-MM-dd; the last 90 days by default, at most 366). Corrections show as corrections, " +
                             "previousValue and correctedAt. Cursor paging: pass nextCursor back as cursor. Roles: the client " +
                             "themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListMeasurementsHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<ListMeasurements, Page<MeasurementItemResponse>>
{
    public async ValueTask<Page<MeasurementItemResponse>> Handle(ListMeasurements query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var range = DayRange.Read(query.From, query.To, await DailyFigures.TodayAsync(session, caller.TenantId, time, ct));
        var items = session.Query<MeasurementItem>().Where(i => i.ClientId == query.ClientId && i.Day >= range.From && i.Day <= range.To);
        if (!string.IsNullOrEmpty(query.Source)) items = items.Where(i => i.Source == query.Source);
        if (query.Metric is { } metric) items = items.Where(i => i.Metric == metric);
        var rows = await items.OrderByDescending(i => i.Day).ThenBy(i => i.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage([.. rows.Select(MeasurementItemResponse.From)], offset, limit);
    }
}
