namespace CoachingBackend.Programs.Contracts;

/// <summary>
/// A version of a programme template was made available to clients (after coaches reviewed it): for analytics and
/// the modules that build on programmes. Themes are the API's names (<c>mental-wellbeing</c>).
/// </summary>
public sealed record ProgrammeReleased(
    string TenantId,
    Guid ProgrammeId,
    int Version,
    string Name,
    IReadOnlyList<string> Themes,
    int LengthWeeks,
    DateTimeOffset ReleasedAt);
