using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Materials;

namespace CoachingBackend.Courses.Enrolments.Browsing;

/// <summary>
/// A step of an enrolment as it stands now: its state (locked, open, done, closed), its window's opening and closing
/// as instants (null outside timed courses), and when done, when and with what answer.
/// </summary>
public sealed record EnrolmentStepResponse(string Key, string Title, string? Body, PinnedCourseMaterial? Material, bool Required,
    bool AsksForAnswer, bool IsExtra, StepState State, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, DateTimeOffset? DoneAt,
    string? Answer)
{
    public static EnrolmentStepResponse From(IEnrolmentSteps e, PublishedStep s, DateTimeOffset now)
    {
        var done = e.DoneOf(s.Key);
        return new(s.Key, s.Title, s.Body, s.Material, s.Required, s.AsksForAnswer, s.IsExtra, e.StateOf(s, now), e.OpensAt(s),
            e.ClosesAt(s), done?.At, done?.Answer);
    }
}
