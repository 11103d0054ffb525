using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>A programme template with its versions; the draft for its author and org-admins.</summary>
public sealed record GetProgramme(Guid ProgrammeId) : IQuery<ProgrammeRecord>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes/{programmeId:guid}", async Task<Ok<ProgrammeResponse>> (Guid programmeId, IMediator mediator,
                RequestContext caller, HttpResponse response, CancellationToken ct) =>
            {
                var programme = await mediator.Send(new GetProgramme(programmeId), ct);
                response.SetETag(programme.StreamVersion);
                return TypedResults.Ok(ProgrammeResponse.From(programme, caller));
            })
            .WithName("GetProgramme")
            .WithTags("Programmes")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("A programme template: its draft and its versions")
            .WithDescription("The ETag is for If-Match when editing the draft. The draft is shown to its author and org-admins; " +
                             "other coaches see the programme once a version is shared with coaches (404 before). Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetProgrammeHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetProgramme, ProgrammeRecord>
{
    public async ValueTask<ProgrammeRecord> Handle(GetProgramme query, CancellationToken ct)
    {
        var programme = await session.LoadAsync<ProgrammeRecord>(query.ProgrammeId, ct);
        return programme is not null && caller.CanSee(programme.AuthorUserId, programme.IsSharedWithCoaches)
            ? programme
            : throw new NotFoundException("programme", query.ProgrammeId);
    }
}
