using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Entries.Getting;

/// <summary>One entry with its comments: where a journey entry's source stream leads.</summary>
public sealed record GetEntry(Guid EntryId) : IQuery<EntryResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/entries/{entryId:guid}", async Task<Ok<EntryResponse>> (Guid entryId, IMediator mediator, HttpResponse response,
                CancellationToken ct) =>
            {
                var entry = await mediator.Send(new GetEntry(entryId), ct);
                response.SetETag(entry.Version);
                return TypedResults.Ok(entry);
            })
            .WithName("GetEntry")
            .WithTags("Entries")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("One entry with its comments")
            .WithDescription("The ETag is the entry's version. Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetEntryHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetEntry, EntryResponse>
{
    public async ValueTask<EntryResponse> Handle(GetEntry query, CancellationToken ct)
    {
        var entry = await session.LoadAsync<EntryRecord>(query.EntryId, ct) ?? throw new NotFoundException("entry", query.EntryId);
        await ClientAccess.EnsureCanSeeAsync(session, caller, entry.ClientId, ct);
        return EntryResponse.From(entry);
    }
}
