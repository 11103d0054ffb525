using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.Input;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// One step as the author sends it. key is the author's kebab-case name, unique within the course and used in routes;
/// a step shows a material item of the bank, its own body, or both. required defaults to true; asksForAnswer makes it a
/// task the client answers in their own words; isExtra hides it until a coach unlocks it for a client.
/// </summary>
public sealed record DraftStep(
    [property: Text(60), RegularExpression(DraftStep.KeyPattern)] string Key,
    string Title,
    [property: Text(8000, Multiline = true)] string? Body,
    Guid? MaterialId,
    bool? Required,
    bool AsksForAnswer,
    bool IsExtra,
    DraftWindow? Window)
{
    public const string KeyPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
}
