using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Courses.Contracts;
using CoachingBackend.Courses.Definitions;

namespace CoachingBackend.Courses.Enrolments.Closing;

/// <summary>
/// A timed course whose last required window has closed with required steps not done ends as not completed (the
/// closing scan decides it for each enrolment that has fallen due). Decided again, nothing changes.
/// </summary>
public static class CloseEnrolment
{
    public static Decision Decide(Enrolment e, CommandContext context)
    {
        if (e.Status != EnrolmentStatus.Active || e.Mode != ExecutionMode.TimedWindows) return Decision.None;
        if (e.LastRequiredClosing() is not { } closes || closes > context.Now) return Decision.None;
        var open = e.Steps.Where(s => s.CountsForCompletion && e.DoneOf(s.Key) is null).Select(s => s.Key).ToList();
        if (open.Count == 0) return Decision.None;
        return Decision.Of(new CourseEnrolmentNotCompleted(e.Id, e.ClientId, e.CourseId, open, closes))
            .Publishing(new CourseNotCompleted(context.TenantId, e.ClientId, e.Id, e.CourseId, e.CourseVersion, e.CourseTitle, open.Count,
                    e.RequiredTotal(), closes),
                CourseJourney.Entry(context, e.ClientId, e.Id, e.Version + 1, "course-not-completed",
                    $"Course \"{e.CourseTitle}\" closed not completed: {e.RequiredDone()} of {e.RequiredTotal()} required steps done."));
    }
}
