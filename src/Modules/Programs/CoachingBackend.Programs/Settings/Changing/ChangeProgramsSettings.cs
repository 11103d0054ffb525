using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Settings.Changing;

/// <summary>
/// An org-admin sets the time zone of the organisation's calendars and the most reminders a client gets in a week. The
/// first change starts the settings' stream; until then the defaults apply, at version 0.
/// </summary>
/// <param name="TimeZone">An IANA time zone id, such as Europe/Helsinki.</param>
public sealed record ChangeProgramsSettings(string TimeZone, [property: Required] int? RemindersPerWeek) : RoutedCommand<ProgramsSettingsRecord>
{
    public sealed class Validator : AbstractValidator<ChangeProgramsSettings>
    {
        public Validator()
        {
            RuleFor(s => s.TimeZone).NotEmpty().Must(IsIanaTimeZone).WithMessage("Must be an IANA time zone id, such as Europe/Helsinki.");
            RuleFor(s => s.RemindersPerWeek).NotNull().InclusiveBetween(0, 14);
        }

        private static bool IsIanaTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
    }

    public static Decision Decide(ProgramsRules? current, ChangeProgramsSettings command, CommandContext context) =>
        current is not null && current.TimeZone == command.TimeZone && current.RemindersPerWeek == command.RemindersPerWeek
            ? Decision.None
            : Decision.Of(new ProgramsSettingsChanged(command.TimeZone, command.RemindersPerWeek!.Value, context.UserId, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/settings/programs", async Task<Ok<ProgramsSettingsResponse>> (ChangeProgramsSettings command,
                RequestContext caller, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var settings = await mediator.Send(
                    command.For<ChangeProgramsSettings>(ProgramsSettingsRecord.StreamId(caller.TenantId), request.ExpectedVersion()), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(ProgramsSettingsResponse.From(settings));
            })
            .WithName("ChangeProgramsSettings")
            .WithMetadata(new RequestExample("""
                {"timeZone":"Europe/Helsinki","remindersPerWeek":3}
                """))
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Change the calendars' time zone and the reminders per week")
            .WithDescription("timeZone is an IANA id (Europe/Helsinki); remindersPerWeek 0–14. Send the ETag last read as " +
                             "If-Match so that another admin's change is not overwritten unseen (412). Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class ChangeProgramsSettingsHandler(EventStreams streams) : ICommandHandler<ChangeProgramsSettings, ProgramsSettingsRecord>
{
    public async ValueTask<ProgramsSettingsRecord> Handle(ChangeProgramsSettings command, CancellationToken ct)
    {
        await streams.DecideOrStart<ProgramsRules>(command.TargetId, command.ExpectedVersion,
            (current, context) => ChangeProgramsSettings.Decide(current, command, context), ct);
        return await ProgramsSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
    }
}
