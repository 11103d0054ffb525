using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes;

/// <summary>The body of a draft, the same whether it starts the programme or replaces its draft.</summary>
public interface IProgrammeContent
{
    string Name { get; }
    string? Description { get; }
    int LengthWeeks { get; }
    IReadOnlyList<Theme> Themes { get; }
    IReadOnlyList<DraftActivity> Activities { get; }
}
