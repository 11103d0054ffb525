namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>Why a questionnaire definition cannot be published; <paramref name="Field"/> is a path such as <c>items[2].max</c>.</summary>
public sealed record DefinitionProblem(string Field, string Message);
