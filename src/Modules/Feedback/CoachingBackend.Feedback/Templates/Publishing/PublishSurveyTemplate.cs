using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.Feedback.Templates.Browsing;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Templates.Publishing;

/// <summary>
/// An org-admin publishes the organisation's own version of a survey template: a new version of a built-in key
/// (version 2 onwards, over the built-in version 1) or of a key of its own. Published versions never change, so a
/// response is always judged by the version its survey was issued from.
/// </summary>
/// <param name="Key">The template's key, kebab-case, e.g. <c>end-of-course</c>.</param>
public sealed record PublishSurveyTemplate(
    string Key,
    string Title,
    [property: System.ComponentModel.DataAnnotations.Required] IReadOnlyList<SurveyItem>? Items) : ICommand<SurveyTemplateVersionRecord>
{
    public const string KeyPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    public sealed class Validator : AbstractValidator<PublishSurveyTemplate>
    {
        public Validator()
        {
            RuleFor(t => t.Key).NotEmpty().MaximumLength(40).Matches(KeyPattern).WithMessage("A key is kebab-case, e.g. end-of-course.");
            RuleFor(t => t.Title).NotEmpty();
            RuleFor(t => t.Items).NotEmpty().Must(i => i!.Count <= 20).WithMessage("At most 20 items.");
            RuleForEach(t => t.Items).NotNull().ChildRules(item =>
            {
                item.RuleFor(i => i.Key).NotEmpty().MaximumLength(40).Matches(KeyPattern).WithMessage("An item's key is kebab-case.");
                item.RuleFor(i => i.Kind).IsInEnum();
                item.RuleFor(i => i.Prompt).NotEmpty();
            });
            RuleFor(t => t.Items).Must(i => i!.Select(x => x.Key).Distinct().Count() == i!.Count)
                .When(t => t.Items is not null && t.Items.All(i => i is not null)).WithMessage("Name each item once.");
            // The summaries read one judgement, one rating and one likelihood per response.
            RuleFor(t => t.Items).Must(i => i!.Where(x => x.Kind != SurveyItemKind.Text).GroupBy(x => x.Kind).All(g => g.Count() == 1))
                .When(t => t.Items is not null && t.Items.All(i => i is not null)).WithMessage("At most one item each of kind judgement, rating and likelihood.");
        }
    }

    public static Decision Decide(SurveyTemplate? current, PublishSurveyTemplate command, CommandContext context)
    {
        var latest = current?.LatestNumber ?? (BuiltInTemplates.Find(command.Key) is null ? 0 : 1);
        return Decision.Of(new SurveyTemplateVersionPublished(SurveyTemplate.StreamId(context.TenantId, command.Key), command.Key,
            latest + 1, command.Title.Trim(), command.Items!.Select(i => i with { Prompt = i.Prompt.Trim() }).ToList(), context.UserId,
            context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/survey-templates", async Task<Created<SurveyTemplateResponse>> (PublishSurveyTemplate command, IMediator mediator,
                CancellationToken ct) =>
            {
                var version = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/survey-templates?key={version.Key}", SurveyTemplateResponse.From(version, [version.Number]));
            })
            .WithName("PublishSurveyTemplate")
            .WithMetadata(new RequestExample("""
                {"key":"end-of-course","title":"How was the course?","items":[
                  {"key":"judgement","kind":"judgement","prompt":"Overall, how was the course for you?","required":true},
                  {"key":"rating","kind":"rating","prompt":"How would you rate the course?","required":true},
                  {"key":"recommend","kind":"likelihood","prompt":"Would you recommend it to a friend?","required":false},
                  {"key":"what-helped","kind":"text","prompt":"What helped you most?","required":false}]}
                """))
            .WithTags("Surveys")
            .WithSummary("Publish the organisation's own version of a survey template")
            .WithDescription("A built-in key (end-of-course, end-of-service, after-meeting) gets version 2 onwards; a new key starts " +
                             "at 1. Items: judgement (positive, undecided, not-relevant), rating (1–5), likelihood (0–10) at most " +
                             "one each, and any number of texts; at most 20. Published versions never change. Surveys issued " +
                             "from now on use it. Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class PublishSurveyTemplateHandler(EventStreams streams) : ICommandHandler<PublishSurveyTemplate, SurveyTemplateVersionRecord>
{
    public async ValueTask<SurveyTemplateVersionRecord> Handle(PublishSurveyTemplate command, CancellationToken ct)
    {
        var id = SurveyTemplate.StreamId(streams.Context.TenantId, command.Key);
        await streams.DecideOrStart<SurveyTemplate>(id, null,
            (current, context) => PublishSurveyTemplate.Decide(current, command, context), ct);
        var template = (await streams.Reads.Query<SurveyTemplateVersionRecord>().Where(v => v.Key == command.Key)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct))!;
        return template;
    }
}
