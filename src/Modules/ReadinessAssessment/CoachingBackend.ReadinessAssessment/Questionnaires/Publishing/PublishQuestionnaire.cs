using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using FluentValidation.Results;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.ReadinessAssessment.Questionnaires.Publishing;

/// <summary>
/// An org-admin publishes the organisation's own questionnaire, scored linearly (a weighted sum with thresholds).
/// Each publication of a key is a new version; a published version never changes.
/// </summary>
public sealed record PublishQuestionnaire(
    [property: Text(100)] string Key,
    string Title,
    [property: Text(2000, Multiline = true)] string? Description,
    [property: Text(2000, Multiline = true)] string? Instructions,
    bool AsksTargetBehaviour,
    IReadOnlyList<QuestionnaireItem>? Items,
    LinearScoring? Linear) : ICommand<QuestionnaireDefinition>
{
    /// <summary>The next version of the key as the command defines it, or 400 naming what cannot be scored.</summary>
    public static QuestionnaireDefinition Define(CustomQuestionnaire? latest, PublishQuestionnaire command)
    {
        var definition = new QuestionnaireDefinition(command.Key ?? "", (latest?.Version ?? 0) + 1, command.Title ?? "",
            command.Description ?? "", command.Instructions ?? "", ScoringMethod.Linear, command.AsksTargetBehaviour,
            [.. (command.Items ?? []).Select(item => item is null ? item! : item with { Options = item.Options ?? [] })], command.Linear);
        var problems = CustomQuestionnaireRules.Check(definition);
        return problems.Count > 0
            ? throw new ValidationException(problems.Select(p => new ValidationFailure(p.Field, p.Message)))
            : definition;
    }

    // Insert, never store: a concurrent publication of the same version fails instead of overwriting.
    public static Decision Decide(QuestionnaireDefinition definition, CommandContext context) =>
        Decision.None.Inserting(new CustomQuestionnaire
        {
            Id = CustomQuestionnaire.IdFor(definition.Key, definition.Version), Key = definition.Key, Version = definition.Version,
            Definition = definition, PublishedBy = context.UserId, PublishedAt = context.Now,
        });

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/questionnaires", async Task<Created<QuestionnaireForm>> (PublishQuestionnaire command, IMediator mediator, CancellationToken ct) =>
            {
                var published = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/questionnaires/{published.Key}?version={published.Version}", QuestionnaireForm.From(published));
            })
            .WithName("PublishQuestionnaire")
            .WithTags("Questionnaires")
            .WithSummary("Publish the organisation's own questionnaire (a new version of its key)")
            .WithDescription("Scoring is linear: score = sum of weight x value over scored items (a choice option's score is its " +
                             "value); low below linear.moderateFrom, moderate below linear.highFrom, else high. Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class PublishQuestionnaireHandler(EventStreams streams) : ICommandHandler<PublishQuestionnaire, QuestionnaireDefinition>
{
    public async ValueTask<QuestionnaireDefinition> Handle(PublishQuestionnaire command, CancellationToken ct)
    {
        var latest = await streams.Reads.Query<CustomQuestionnaire>().Where(q => q.Key == command.Key)
            .OrderByDescending(q => q.Version).FirstOrDefaultAsync(ct);
        var definition = PublishQuestionnaire.Define(latest, command);
        await streams.Decide(context => PublishQuestionnaire.Decide(definition, context), ct);
        return definition;
    }
}
