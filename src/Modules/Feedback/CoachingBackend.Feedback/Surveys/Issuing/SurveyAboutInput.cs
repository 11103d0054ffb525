using CoachingBackend.BuildingBlocks.Input;

namespace CoachingBackend.Feedback.Surveys.Issuing;

/// <summary>What a survey is about: a meeting, a course or a programme, by its id, with a title to show (optional).</summary>
public sealed record SurveyAboutInput(
    [property: System.ComponentModel.DataAnnotations.Required] AboutKind? Kind,
    [property: System.ComponentModel.DataAnnotations.Required] Guid? Id,
    [property: Text(200)] string? Title);
