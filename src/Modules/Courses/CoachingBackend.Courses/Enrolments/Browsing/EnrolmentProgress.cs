namespace CoachingBackend.Courses.Enrolments.Browsing;

/// <summary>How far the client is: required steps done of all required steps, and when they last did a step.</summary>
public sealed record EnrolmentProgress(int RequiredDone, int RequiredTotal, DateTimeOffset? LastStepDoneAt)
{
    public static EnrolmentProgress From(EnrolmentRecord r) =>
        new(r.RequiredDone, r.RequiredTotal, r.Done.Count == 0 ? null : r.Done.Max(d => d.At));
}
