namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// When a step of a timed course may be done: from its opening until its closing, either relative to the client's
/// enrolment (ISO-8601 durations, as the author wrote them) or at absolute instants; never a mix of the two.
/// </summary>
public sealed record StepWindow(string? OpensAfter, string? ClosesAfter, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt)
{
    public DateTimeOffset Opens(DateTimeOffset enrolledAt) =>
        OpensAt ?? (OpensAfter is null ? enrolledAt : enrolledAt + IsoDurations.Parse(OpensAfter));

    public DateTimeOffset Closes(DateTimeOffset enrolledAt) =>
        ClosesAt ?? (ClosesAfter is null ? DateTimeOffset.MaxValue : enrolledAt + IsoDurations.Parse(ClosesAfter));
}
