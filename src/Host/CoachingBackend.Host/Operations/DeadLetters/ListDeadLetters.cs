using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingBackend.Host.Operations.DeadLetters;

/// <summary>The organisation's dead letters, newest failure first, a page at a time.</summary>
public sealed record ListDeadLetters(string? Cursor, int? Limit) : IQuery<Page<DeadLetterResponse>>
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("", async Task<Ok<Page<DeadLetterResponse>>> (string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDeadLetters(cursor, limit), ct)))
            .WithName("ListDeadLetters")
            .WithSummary("List the organisation's dead letters")
            .WithDescription("Integration events of this organisation that failed for good, newest failure first. Cursor paging: pass nextCursor " +
                             "back as cursor. They expire after the configured retention (14 days by default). Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class ListDeadLettersHandler(OrganisationDeadLetters deadLetters, RequestContext caller)
    : IQueryHandler<ListDeadLetters, Page<DeadLetterResponse>>
{
    public async ValueTask<Page<DeadLetterResponse>> Handle(ListDeadLetters query, CancellationToken ct)
    {
        var (offset, size) = Paging.Read(query.Cursor, query.Limit);
        var page = (await deadLetters.OfAsync(caller.TenantId, ct))
            .OrderByDescending(l => l.FailedAt ?? l.SentAt).ThenBy(l => l.Id)
            .Skip(offset).Take(size + 1).Select(OrganisationDeadLetters.ToResponse).ToList();
        return Paging.ToPage(page, offset, size);
    }
}
