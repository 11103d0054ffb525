using CoachingBackend.Courses.Definitions;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>
/// The rules of moving through a course, by its mode, at a given moment: pure, so the decider that refuses a step and
/// the page that shows it locked never disagree.
/// </summary>
public static class CourseWalk
{
    /// <summary>Extra material is hidden from the client until a coach unlocks it for them.</summary>
    public static bool IsVisible(this IEnrolmentSteps e, PublishedStep step) => !step.IsExtra || e.Unlocked.Contains(step.Key);

    public static StepDone? DoneOf(this IEnrolmentSteps e, string key) => e.Done.FirstOrDefault(d => d.Key == key);

    public static DateTimeOffset? OpensAt(this IEnrolmentSteps e, PublishedStep step) => step.Window?.Opens(e.EnrolledAt);

    public static DateTimeOffset? ClosesAt(this IEnrolmentSteps e, PublishedStep step) =>
        step.Window?.Closes(e.EnrolledAt) is { } closes && closes != DateTimeOffset.MaxValue ? closes : null;

    public static StepState StateOf(this IEnrolmentSteps e, PublishedStep step, DateTimeOffset now)
    {
        if (e.DoneOf(step.Key) is not null) return StepState.Done;
        if (e.Status is EnrolmentStatus.Ended or EnrolmentStatus.NotCompleted) return StepState.Closed;
        if (!e.IsVisible(step)) return StepState.Locked;
        switch (e.Mode)
        {
            case ExecutionMode.TimedWindows when step.Window is { } window:
                if (now < window.Opens(e.EnrolledAt)) return StepState.Locked;
                return now >= window.Closes(e.EnrolledAt) ? StepState.Closed : StepState.Open;
            case ExecutionMode.DefinedOrder:
                // Only required predecessors hold a step back: optional and extra steps may be left aside.
                var predecessors = e.Steps.TakeWhile(s => s.Key != step.Key).Where(s => s.CountsForCompletion);
                return predecessors.All(s => e.DoneOf(s.Key) is not null) ? StepState.Open : StepState.Locked;
            default:
                return StepState.Open;
        }
    }

    public static int RequiredTotal(this IEnrolmentSteps e) => e.Steps.Count(s => s.CountsForCompletion);

    public static int RequiredDone(this IEnrolmentSteps e) => e.Steps.Count(s => s.CountsForCompletion && e.DoneOf(s.Key) is not null);

    public static bool AllRequiredDone(this IEnrolmentSteps e) => e.RequiredDone() == e.RequiredTotal();

    /// <summary>In a timed course, when the last window of a required step closes: after it, the course can no longer be completed.</summary>
    public static DateTimeOffset? LastRequiredClosing(this IEnrolmentSteps e) =>
        e.Mode == ExecutionMode.TimedWindows
            ? e.Steps.Where(s => s.CountsForCompletion).Select(s => e.ClosesAt(s)).Max()
            : null;
}
