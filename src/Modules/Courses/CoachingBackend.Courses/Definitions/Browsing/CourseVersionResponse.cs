using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>A version as it was frozen when shared with coaches; its material pinned at the revisions of that moment.</summary>
public sealed record CourseVersionResponse(Guid CourseId, int Version, string Title, string? Description, IReadOnlyList<CourseTheme> Themes,
    ExecutionMode Mode, bool SelfEnrolment, IReadOnlyList<StepResponse> Steps, string SharedBy, DateTimeOffset SharedWithCoachesAt,
    DateTimeOffset? ReleasedToClientsAt, int CommentCount)
{
    public static CourseVersionResponse From(CourseVersionRecord v) => new(v.CourseId, v.Number, v.Title, v.Description, v.Themes,
        v.Mode, v.SelfEnrolment, [.. v.Steps.Select(StepResponse.From)], v.PublishedBy, v.SharedWithCoachesAt, v.ReleasedToClientsAt,
        v.CommentCount);
}
