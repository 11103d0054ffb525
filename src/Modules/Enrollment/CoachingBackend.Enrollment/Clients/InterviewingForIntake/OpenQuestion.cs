namespace CoachingBackend.Enrollment.Clients.InterviewingForIntake;

/// <summary>An open question the coach asked and the client's answer, as they said it.</summary>
public sealed record OpenQuestion(string Question, string Answer);
