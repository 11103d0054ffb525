using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Settings.Changing;

/// <summary>
/// An org-admin sets after how many days without a step done a client counts as stalled. The first change starts the
/// settings' stream; until then the defaults apply, at version 0.
/// </summary>
public sealed record ChangeCoursesSettings([property: Required, Range(1, 365)] int? StalledAfterDays) : RoutedCommand<CoursesSettingsRecord>
{
    public sealed class Validator : AbstractValidator<ChangeCoursesSettings>
    {
        public Validator() => RuleFor(s => s.StalledAfterDays).NotNull().InclusiveBetween(1, 365);
    }

    public static Decision Decide(CoursesRules? current, ChangeCoursesSettings command, CommandContext context) =>
        current is not null && current.StalledAfterDays == command.StalledAfterDays
            ? Decision.None
            : Decision.Of(new CoursesSettingsChanged(command.StalledAfterDays!.Value, context.UserId, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/settings/courses", async Task<Ok<CoursesSettingsResponse>> (ChangeCoursesSettings command, RequestContext caller,
                IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var settings = await mediator.Send(
                    command.For<ChangeCoursesSettings>(CoursesSettingsRecord.StreamId(caller.TenantId), request.ExpectedVersion()), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(CoursesSettingsResponse.From(settings));
            })
            .WithName("ChangeCoursesSettings")
            .WithMetadata(new RequestExample("""
                {"stalledAfterDays":14}
                """))
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Change after how many days without a step done a client counts as stalled")
            .WithDescription("stalledAfterDays 1–365. Send the ETag last read as If-Match so that another admin's change is not " +
                             "overwritten unseen (412). Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class ChangeCoursesSettingsHandler(EventStreams streams) : ICommandHandler<ChangeCoursesSettings, CoursesSettingsRecord>
{
    public async ValueTask<CoursesSettingsRecord> Handle(ChangeCoursesSettings command, CancellationToken ct)
    {
        await streams.DecideOrStart<CoursesRules>(command.TargetId, command.ExpectedVersion,
            (current, context) => ChangeCoursesSettings.Decide(current, command, context), ct);
        return await CoursesSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
    }
}
