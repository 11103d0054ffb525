using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>One shared version of a programme, as frozen: every coach and org-admin of the organisation sees it.</summary>
public sealed record GetProgrammeVersion(Guid ProgrammeId, int Version) : IQuery<ProgrammeVersionResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes/{programmeId:guid}/versions/{n}", async Task<Ok<ProgrammeVersionResponse>> (Guid programmeId, int n,
                IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetProgrammeVersion(programmeId, n), ct)))
            .WithName("GetProgrammeVersion")
            .WithTags("Programmes")
            .WithSummary("A version of a programme, as shared with coaches")
            .WithDescription("Material items are shown at the revision pinned when the version was shared. 404 for a version not " +
                             "shared with coaches. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetProgrammeVersionHandler(IQuerySession session) : IQueryHandler<GetProgrammeVersion, ProgrammeVersionResponse>
{
    public async ValueTask<ProgrammeVersionResponse> Handle(GetProgrammeVersion query, CancellationToken ct) =>
        ProgrammeVersionResponse.From(await session.LoadAsync<ProgrammeVersionRecord>(ProgrammeVersionRecord.IdOf(query.ProgrammeId, query.Version), ct)
                                      ?? throw new NotFoundException("programme version", $"{query.ProgrammeId}/{query.Version}"));
}
