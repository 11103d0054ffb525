using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Programmes;
using CoachingBackend.Programs.Settings;
using FluentValidation;
using FluentValidation.Results;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.ClientProgrammes.Starting;

/// <summary>
/// The responsible coach starts the client's own programme: a version released to clients (the latest by default) and
/// the themes the client chose, a non-empty subset of the programme's. The client decides what is in it: a client who
/// does not want rest in it gets no recovery activities.
/// </summary>
/// <param name="Version">The programme version; the latest released to clients when not given.</param>
/// <param name="StartsOn">The first day of week 1 (the organisation's local date); today when not given.</param>
public sealed record StartClientProgramme(
    Guid ProgrammeId,
    int? Version,
    [property: System.ComponentModel.DataAnnotations.Required] IReadOnlyList<Theme>? Themes,
    DateOnly? StartsOn) : RoutedCommand<ClientProgrammeRecord>
{
    [JsonIgnore] public Guid ClientId => TargetId;

    public sealed class Validator : AbstractValidator<StartClientProgramme>
    {
        public Validator()
        {
            RuleFor(c => c.ProgrammeId).NotEmpty();
            RuleFor(c => c.Version).GreaterThan(0);
            RuleFor(c => c.Themes).NotEmpty().WithMessage("Choose at least one of the programme's themes.")
                .Must(t => t!.Distinct().Count() == t!.Count).When(c => c.Themes is not null).WithMessage("Name each theme once.");
            RuleForEach(c => c.Themes).IsInEnum();
        }
    }

    /// <summary>Pure: the client's programme planned from <paramref name="version"/> for the chosen themes.</summary>
    public static Decision Decide(Guid clientProgrammeId, StartClientProgramme command, KnownClient client,
        ProgrammeVersionRecord version, string timeZone, CommandContext context)
    {
        if (client.Status == ServiceStatus.Left) throw ClientProblems.JourneyClosed();
        if (client.Status != ServiceStatus.Active || client.ActivatedAt is not { } activatedAt) throw ClientProgrammeProblems.ClientNotActive();
        if (!version.IsForClients) throw ClientProgrammeProblems.VersionNotReleased(version.Number);

        var unknown = command.Themes!.Where(t => !version.Themes.Contains(t)).ToList();
        if (unknown.Count > 0)
            throw new ValidationException([new ValidationFailure("themes",
                $"The programme does not offer {string.Join(", ", unknown.Select(JsonDefaults.Name))}; it offers {string.Join(", ", version.Themes.Select(JsonDefaults.Name))}.")]);

        var today = ClientCalendar.Today(context.Now, timeZone);
        var activatedOn = ClientCalendar.Today(activatedAt, timeZone);
        var startsOn = command.StartsOn ?? (today < activatedOn ? activatedOn : today);
        if (startsOn < activatedOn) throw ClientProgrammeProblems.StartBeforeActivation(activatedOn);
        if (client.ServiceEndsOn is { } endsOn && startsOn > endsOn) throw ClientProgrammeProblems.StartAfterServiceEnds(endsOn);

        var themes = version.Themes.Where(command.Themes!.Contains).ToList();
        var activities = ClientCalendar.Plan(clientProgrammeId, version, themes, startsOn);
        var started = new ClientProgrammeStarted(clientProgrammeId, client.Id, version.ProgrammeId, version.Number, version.Name, themes,
            startsOn, timeZone, activities, context.UserId, context.Now);
        return Decision.Of(started).Publishing(ProgrammeJourney.Entry(context, client.Id, clientProgrammeId, 1, "programme-started",
            $"Programme \"{version.Name}\" (version {version.Number}) started on {startsOn:yyyy-MM-dd}: " +
            $"{string.Join(", ", themes.Select(JsonDefaults.Name))}; {activities.Count} activities."));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/programmes", async Task<Created<ClientProgrammeResponse>> (Guid clientId,
                StartClientProgramme command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var programme = await mediator.Send(command.For<StartClientProgramme>(clientId, null), ct);
                response.SetETag(programme.Version);
                return TypedResults.Created($"/api/v1/clients/{clientId}/programmes/{programme.Id}", ClientProgrammeResponse.From(programme));
            })
            .WithName("StartClientProgramme")
            .WithMetadata(new RequestExample("""
                {"programmeId":"0193a7e2-5b1c-7f00-8000-000000000001","themes":["exercise","sleep"],"startsOn":"2025-03-03"}
                """))
            .WithTags("Client programmes")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("Start the client's own programme with the themes they chose")
            .WithDescription("Plans the dated activities of the chosen themes only, from the start date (week 1 is the seven days " +
                             "from it; each activity falls on its ISO weekday within its week). The client must be active in the " +
                             "service; the version must be published to clients. 409 types: client-not-active, journey-closed, " +
                             "programme-version-not-released, programme-start-before-activation, programme-start-after-service-ends. " +
                             "Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class StartClientProgrammeHandler(EventStreams streams) : ICommandHandler<StartClientProgramme, ClientProgrammeRecord>
{
    public async ValueTask<ClientProgrammeRecord> Handle(StartClientProgramme command, CancellationToken ct)
    {
        var client = await ClientAccess.EnsureResponsibleAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        var version = await FindVersionAsync(streams.Reads, command.ProgrammeId, command.Version, ct);
        var settings = await ProgramsSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);

        var clientProgrammeId = Guid.CreateVersion7(streams.Context.Now);
        await streams.Start<ClientProgramme>(clientProgrammeId,
            context => StartClientProgramme.Decide(clientProgrammeId, command, client, version, settings.TimeZone, context), ct);
        return (await streams.Reads.LoadAsync<ClientProgrammeRecord>(clientProgrammeId, ct))!;
    }

    /// <summary>The version asked for, or the latest released to clients; 404 when the programme has no version at all.</summary>
    private static async Task<ProgrammeVersionRecord> FindVersionAsync(IQuerySession reads, Guid programmeId, int? number, CancellationToken ct)
    {
        if (number is { } n)
            return await reads.LoadAsync<ProgrammeVersionRecord>(ProgrammeVersionRecord.IdOf(programmeId, n), ct)
                   ?? throw new NotFoundException("programme version", programmeId);
        var versions = await reads.Query<ProgrammeVersionRecord>().Where(v => v.ProgrammeId == programmeId)
            .OrderByDescending(v => v.Number).ToListAsync(ct);
        // A programme drafted but never shared has no version yet: it exists, but not for clients.
        if (versions.Count == 0)
            throw await reads.LoadAsync<ProgrammeRecord>(programmeId, ct) is null
                ? new NotFoundException("programme", programmeId)
                : ClientProgrammeProblems.VersionNotReleased(null);
        return versions.FirstOrDefault(v => v.IsForClients) ?? throw ClientProgrammeProblems.VersionNotReleased(null);
    }
}
