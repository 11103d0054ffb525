using System.Text.Json;
using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.ReadinessAssessment.Clients;
using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.ReadinessAssessment.Assessments.Submitting;

/// <summary>One answer: the item's id and its value (a number for a scale item, an option's value for a choice).</summary>
public sealed record AnswerInput(string ItemId, JsonElement Value)
{
    public Answer ToAnswer() => new(ItemId ?? "", Value.ValueKind switch
    {
        JsonValueKind.String => Value.GetString() ?? "",
        JsonValueKind.Number => Value.GetRawText(),
        _ => Value.ValueKind.ToString().ToLowerInvariant(),
    });
}
