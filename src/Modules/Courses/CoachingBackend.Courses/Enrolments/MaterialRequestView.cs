namespace CoachingBackend.Courses.Enrolments;

/// <summary>A request for more material and, once the coach answered, their answer: what the client sees in the enrolment.</summary>
public sealed record MaterialRequestView(Guid RequestId, string Text, DateTimeOffset RequestedAt, DateTimeOffset? FulfilledAt,
    string? Note, IReadOnlyList<string> UnlockedSteps, string? AddedStepKey);
