using System.Globalization;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Settings;
using FluentValidation;
using FluentValidation.Results;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.ClientProgrammes.Calendar;

/// <summary>The client's dated activities between two days, from all their programmes, in date order.</summary>
public sealed record GetCalendar(Guid ClientId, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<CalendarDay>>
{
    public const int MaxDays = 366;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/calendar", async Task<Ok<IReadOnlyList<CalendarDay>>> (Guid clientId, DateOnly? from,
                DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCalendar(clientId, from, to), ct)))
            .WithName("GetClientCalendar")
            .WithTags("Client programmes")
            .WithSummary("The client's calendar: dated activities with their material and state")
            .WithDescription("from and to are local dates (the organisation's time zone), both included; by default the four " +
                             $"weeks from today; at most {MaxDays} days. State: upcoming, due (today), done, skipped (the client chose not to do it), missed (the day " +
                             "passed), paused (the day fell in a time-out). An ended programme shows nothing after its end. " +
                             "Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();

    public static CalendarDay Day(CalendarActivity a, ClientProgrammeRecord p, DateOnly today) =>
        new(a.Id, p.Id, p.ProgrammeName, a.Key, a.Week, a.On, a.Title, a.Theme, a.Kind, a.Material,
            a.ReminderAt?.ToString("HH:mm", CultureInfo.InvariantCulture), StateOf(a, p, today), a.DoneAt, a.EntryId);

    /// <summary>Pure: where <paramref name="activity"/> stands on <paramref name="today"/>.</summary>
    public static ActivityState StateOf(CalendarActivity activity, ClientProgrammeRecord programme, DateOnly today) =>
        activity switch
        {
            { IsDone: true } => ActivityState.Done,
            { SkippedAt: not null } => ActivityState.Skipped,
            _ when programme.Pauses.Any(p => p.Covers(activity.On)) => ActivityState.Paused,
            _ when activity.On < today => ActivityState.Missed,
            _ when activity.On == today => ActivityState.Due,
            _ => ActivityState.Upcoming,
        };
}

public sealed class GetCalendarHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<GetCalendar, IReadOnlyList<CalendarDay>>
{
    public async ValueTask<IReadOnlyList<CalendarDay>> Handle(GetCalendar query, CancellationToken ct)
    {
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var settings = await ProgramsSettingsRecord.LoadAsync(session, caller.TenantId, ct);
        var today = ClientCalendar.Today(time.GetUtcNow(), settings.TimeZone);
        var from = query.From ?? today;
        var to = query.To ?? from.AddDays(27);
        if (to < from || to.DayNumber - from.DayNumber >= GetCalendar.MaxDays)
            throw new ValidationException([new ValidationFailure("to", $"to must be on or after from, at most {GetCalendar.MaxDays} days on.")]);

        var programmes = await session.Query<ClientProgrammeRecord>().Where(p => p.ClientId == query.ClientId).ToListAsync(ct);
        return [.. programmes
            .SelectMany(p => p.Activities
                .Where(a => a.On >= from && a.On <= to && (p.EndedOn is null || a.On <= p.EndedOn || a.IsDone))
                .Select(a => GetCalendar.Day(a, p, today)))
            .OrderBy(d => d.On).ThenBy(d => d.ReminderAt, StringComparer.Ordinal).ThenBy(d => d.ProgrammeName).ThenBy(d => d.Key)];
    }
}
