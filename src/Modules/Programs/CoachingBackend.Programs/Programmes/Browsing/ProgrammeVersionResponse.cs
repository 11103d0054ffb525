using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>A version as it was frozen when shared with coaches; its material pinned at the revisions of that moment.</summary>
public sealed record ProgrammeVersionResponse(Guid ProgrammeId, int Version, string Name, string? Description, int LengthWeeks,
    IReadOnlyList<Theme> Themes, IReadOnlyList<ActivityResponse> Activities, string SharedBy, DateTimeOffset SharedWithCoachesAt,
    DateTimeOffset? ReleasedToClientsAt, int CommentCount)
{
    public static ProgrammeVersionResponse From(ProgrammeVersionRecord v) => new(v.ProgrammeId, v.Number, v.Name, v.Description,
        v.LengthWeeks, v.Themes, [.. v.Activities.Select(ActivityResponse.From)], v.PublishedBy, v.SharedWithCoachesAt,
        v.ReleasedToClientsAt, v.CommentCount);
}
