using CoachingBackend.BuildingBlocks.Input;
namespace CoachingBackend.Enrollment.Clients.InterviewingForIntake;

/// <summary>An open question the coach asked and the client's answer, as they said it.</summary>
public sealed record OpenQuestion([property: Text(500, Multiline = true)] string Question, [property: Text(4000, Multiline = true)] string Answer);
