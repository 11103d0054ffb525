using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.Input;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// A step's window as the author sends it, in a timed course: opensAfter and closesAfter are ISO-8601 durations from the
/// client's enrolment (P7D, P2W, PT12H), or opensAt and closesAt are instants; one pair or the other.
/// </summary>
public sealed record DraftWindow(
    [property: Text(20), RegularExpression(IsoDurations.Pattern)] string? OpensAfter,
    [property: Text(20), RegularExpression(IsoDurations.Pattern)] string? ClosesAfter,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt)
{
    [System.Text.Json.Serialization.JsonIgnore] public bool IsRelative => OpensAfter is not null || ClosesAfter is not null;

    [System.Text.Json.Serialization.JsonIgnore] public bool IsAbsolute => OpensAt is not null || ClosesAt is not null;

    public StepWindow ToWindow() => new(OpensAfter, ClosesAfter, OpensAt, ClosesAt);

    public static DraftWindow? From(StepWindow? w) => w is null ? null : new(w.OpensAfter, w.ClosesAfter, w.OpensAt, w.ClosesAt);
}
