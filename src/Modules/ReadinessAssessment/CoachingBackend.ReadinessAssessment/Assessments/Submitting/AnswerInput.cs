using CoachingBackend.BuildingBlocks.Input;
using System.Text.Json;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.ReadinessAssessment.Assessments.Submitting;

/// <summary>One answer: the item's id and its value (a number for a scale item, an option's value for a choice).</summary>
public sealed record AnswerInput([property: Text(100)] string ItemId, JsonElement Value)
{
    public Answer ToAnswer() => new(ItemId ?? "", Value.ValueKind switch
    {
        JsonValueKind.String => Value.GetString() ?? "",
        JsonValueKind.Number => Value.GetRawText(),
        _ => Value.ValueKind.ToString().ToLowerInvariant(),
    });
}
