using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Programmes;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.ClientProgrammes.MovingVersion;

/// <summary>
/// A client keeps the version they started with; moving them to a newer one is the coach's deliberate act. What the
/// client already did stays done, and their chosen themes stay theirs (those the new version still offers).
/// </summary>
public sealed record MoveClientProgrammeToVersion(int Version) : OnClientProgramme
{
    public sealed class Validator : AbstractValidator<MoveClientProgrammeToVersion>
    {
        public Validator() => RuleFor(c => c.Version).GreaterThan(0);
    }

    public static Decision Decide(ClientProgramme programme, MoveClientProgrammeToVersion command, ProgrammeVersionRecord version,
        CommandContext context)
    {
        command.Of(programme);
        if (programme.Status == ClientProgrammeStatus.Ended) throw ClientProgrammeProblems.NotRunning(programme.Status);
        if (version.ProgrammeId != programme.ProgrammeId) throw new NotFoundException("programme version", command.Version);
        if (!version.IsForClients) throw ClientProgrammeProblems.VersionNotReleased(version.Number);
        if (version.Number <= programme.ProgrammeVersion) throw ClientProgrammeProblems.NotNewerVersion(programme.ProgrammeVersion, version.Number);

        var themes = programme.Themes.Where(version.Themes.Contains).ToList();
        if (themes.Count == 0)
            throw new DomainRuleException("programme-version-lacks-themes",
                $"Version {version.Number} offers none of the themes the client chose.");
        var activities = ClientCalendar.Replan(programme.Activities, ClientCalendar.Plan(programme.Id, version, themes, programme.StartsOn));
        return Decision.Of(new ClientProgrammeMovedToVersion(programme.Id, programme.ClientId, programme.ProgrammeVersion, version.Number,
                activities, context.UserId, context.Now))
            .Publishing(ProgrammeJourney.Entry(context, programme.ClientId, programme.Id, programme.Version + 1, "programme-version-changed",
                $"Programme \"{version.Name}\" moved from version {programme.ProgrammeVersion} to {version.Number}; " +
                $"{activities.Count(a => a.IsDone)} activities done are kept."));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/programmes/{clientProgrammeId:guid}/version", async Task<Ok<ClientProgrammeResponse>> (
                Guid clientId, Guid clientProgrammeId, MoveClientProgrammeToVersion command, IMediator mediator, HttpRequest request,
                HttpResponse response, CancellationToken ct) =>
            {
                var programme = await mediator.Send(
                    command.For<MoveClientProgrammeToVersion>(clientId, clientProgrammeId, request.ExpectedVersion()), ct);
                response.SetETag(programme.Version);
                return TypedResults.Ok(ClientProgrammeResponse.From(programme));
            })
            .WithName("MoveClientProgrammeToVersion")
            .WithMetadata(new RequestExample("""
                {"version":2}
                """))
            .WithTags("Client programmes")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Move the client to a newer version of their programme")
            .WithDescription("Activities already done are kept (matched by activity key and week); shared activities keep their " +
                             "dates. 409 types: programme-version-not-released, programme-version-not-newer, " +
                             "programme-version-lacks-themes, programme-not-running. Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class MoveClientProgrammeToVersionHandler(EventStreams streams) : ICommandHandler<MoveClientProgrammeToVersion, ClientProgrammeRecord>
{
    public async ValueTask<ClientProgrammeRecord> Handle(MoveClientProgrammeToVersion command, CancellationToken ct)
    {
        await ClientAccess.EnsureResponsibleAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        var current = await streams.Reads.LoadAsync<ClientProgrammeRecord>(command.TargetId, ct)
                      ?? throw new NotFoundException("client programme", command.TargetId);
        var version = await streams.Reads.LoadAsync<ProgrammeVersionRecord>(ProgrammeVersionRecord.IdOf(current.ProgrammeId, command.Version), ct)
                      ?? throw new NotFoundException("programme version", command.Version);
        await streams.Decide<ClientProgramme>(command.TargetId, command.ExpectedVersion,
            (p, c) => MoveClientProgrammeToVersion.Decide(p, command, version, c), ct);
        return (await streams.Reads.LoadAsync<ClientProgrammeRecord>(command.TargetId, ct))!;
    }
}
