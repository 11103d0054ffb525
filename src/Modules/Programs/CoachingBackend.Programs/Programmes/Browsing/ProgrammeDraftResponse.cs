using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>The draft, for its author and org-admins. changedSinceShared: sharing now would make a new version.</summary>
public sealed record ProgrammeDraftResponse(string Name, string? Description, int LengthWeeks, IReadOnlyList<Theme> Themes,
    IReadOnlyList<ActivityResponse> Activities, bool ChangedSinceShared);
