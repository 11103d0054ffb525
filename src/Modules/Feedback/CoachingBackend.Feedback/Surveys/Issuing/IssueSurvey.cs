using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Settings;
using CoachingBackend.Feedback.Surveys.Listing;
using CoachingBackend.Feedback.Templates;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Surveys.Issuing;

/// <summary>
/// The responsible coach sends the client a survey by hand: a template (its latest version unless one is named) and,
/// optionally, what it is about. It is due in the organisation's days (14 by default).
/// </summary>
/// <param name="Template">The template's key, e.g. <c>after-meeting</c>.</param>
/// <param name="Version">The template version; the latest when not given.</param>
public sealed record IssueSurvey(string Template, int? Version, SurveyAboutInput? About) : RoutedCommand<SurveyRecord>
{
    [JsonIgnore] public Guid ClientId => TargetId;

    public sealed class Validator : AbstractValidator<IssueSurvey>
    {
        public Validator()
        {
            RuleFor(c => c.Template).NotEmpty().MaximumLength(40);
            RuleFor(c => c.Version).GreaterThan(0);
            RuleFor(c => c.About!.Kind).NotNull().IsInEnum().When(c => c.About is not null);
            RuleFor(c => c.About!.Id).NotNull().NotEqual(Guid.Empty).When(c => c.About is not null);
        }
    }

    public static Decision Decide(Guid surveyId, IssueSurvey command, KnownClient client, SurveyTemplateVersionRecord template, int dueDays,
        CommandContext context) =>
        SurveyIssuing.Decide(surveyId, client, template, SurveyTrigger.Manual, command.About, dueDays, context);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/surveys", async Task<Created<SurveyResponse>> (Guid clientId, IssueSurvey command,
                IMediator mediator, Marten.IQuerySession session, TimeProvider time, CancellationToken ct) =>
            {
                var survey = await mediator.Send(command.For<IssueSurvey>(clientId, null), ct);
                return TypedResults.Created($"/api/v1/clients/{clientId}/surveys",
                    await SurveyResponse.WithItemsAsync(survey, session, time.GetUtcNow(), ct));
            })
            .WithName("IssueSurvey")
            .WithMetadata(new RequestExample("""
                {"template":"after-meeting","about":{"kind":"meeting","id":"0193a7e2-5b1c-7f00-8000-000000000001","title":"Meeting on 3 March"}}
                """))
            .WithTags("Surveys")
            .WithSummary("Send the client a survey")
            .WithDescription("template is a key of GET /survey-templates (end-of-course, end-of-service, after-meeting or the " +
                             "organisation's own); version defaults to its latest (404 for an unknown template or version). " +
                             "about optionally names a meeting, course or programme. Due in the organisation's dueDays. " +
                             "Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class IssueSurveyHandler(EventStreams streams) : ICommandHandler<IssueSurvey, SurveyRecord>
{
    public async ValueTask<SurveyRecord> Handle(IssueSurvey command, CancellationToken ct)
    {
        await streams.BeginAsync(ct);
        var client = await ClientAccess.EnsureResponsibleAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        var template = await SurveyTemplates.FindAsync(streams.Reads, command.Template, command.Version, ct);
        var settings = await FeedbackSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
        var surveyId = Guid.CreateVersion7(streams.Context.Now);
        await streams.Start<Survey>(surveyId,
            context => IssueSurvey.Decide(surveyId, command, client, template, settings.DueDays, context), ct);
        return (await streams.Reads.LoadAsync<SurveyRecord>(surveyId, ct))!;
    }
}
