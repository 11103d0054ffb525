namespace CoachingBackend.Courses.Enrolments;

/// <summary>A request for more material as the deciders judge it: which it is (its ordinal in the enrolment) and its answer's note.</summary>
public sealed record MaterialRequestState(Guid RequestId, int Ordinal, string? FulfilmentNote);
