using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Programs.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Reminders.Listing;

/// <summary>The client's notification feed, newest first.</summary>
public sealed record ListNotifications(Guid ClientId, bool UnreadOnly, string? Cursor, int? Limit) : IQuery<Page<NotificationResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/notifications", async Task<Ok<Page<NotificationResponse>>> (Guid clientId, bool? unreadOnly,
                string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListNotifications(clientId, unreadOnly ?? false, cursor, limit), ct)))
            .WithName("ListClientNotifications")
            .WithTags("Client programmes")
            .WithSummary("The client's notifications: reminders of their calendar's activities")
            .WithDescription("Reminders go out at an activity's reminder time (the organisation's time zone), at most the " +
                             "organisation's remindersPerWeek in a week, none while the programme is paused or after it ended. " +
                             "Cursor paging: pass nextCursor back as cursor. Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListNotificationsHandler(IQuerySession session, RequestContext caller) : IQueryHandler<ListNotifications, Page<NotificationResponse>>
{
    public async ValueTask<Page<NotificationResponse>> Handle(ListNotifications query, CancellationToken ct)
    {
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var notifications = session.Query<NotificationRecord>().Where(n => n.ClientId == query.ClientId);
        if (query.UnreadOnly) notifications = notifications.Where(n => n.ReadAt == null);
        var rows = await notifications.OrderByDescending(n => n.SentAt).ThenBy(n => n.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage([.. rows.Select(NotificationResponse.From)], offset, limit);
    }
}
