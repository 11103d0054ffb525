namespace CoachingBackend.Courses.Enrolments;

/// <summary>A step the client did, with their answer when the step asked for one.</summary>
public sealed record StepDone(string Key, string? Answer, DateTimeOffset At);
