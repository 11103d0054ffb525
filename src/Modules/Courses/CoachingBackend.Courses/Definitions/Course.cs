using System.Collections.Immutable;
using CoachingBackend.Courses.Definitions.Drafting;
using CoachingBackend.Courses.Definitions.EditingDraft;
using CoachingBackend.Courses.Definitions.Publishing;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// The write-side state of a course: its draft and the versions frozen from it (numbered from 1, every one shared with
/// coaches, some released to clients). Immutable; Marten folds the stream into it (an inline snapshot).
/// </summary>
public sealed record Course(Guid Id, string AuthorUserId, CourseDraft Draft, bool DraftChangedSinceShared,
    ImmutableList<Course.SharedVersion> Versions)
{
    /// <summary>What releasing a version needs to know of it.</summary>
    public sealed record SharedVersion(int Number, string Title, bool Released);

    public int LatestVersion => Versions.Count;

    public static Course Create(CourseDrafted e) => new(e.CourseId, e.DraftedBy, e.Draft(), true, []);

    public Course Apply(CourseDraftEdited e) => this with { Draft = e.Draft(), DraftChangedSinceShared = true };

    public Course Apply(CourseSharedWithCoaches e) => this with
    {
        Versions = Versions.Add(new SharedVersion(e.CourseVersion, e.Title, false)), DraftChangedSinceShared = false,
    };

    public Course Apply(CourseReleasedToClients e) =>
        this with { Versions = Versions.SetItem(e.CourseVersion - 1, Versions[e.CourseVersion - 1] with { Released = true }) };

    public SharedVersion? Shared(int number) => number >= 1 && number <= Versions.Count ? Versions[number - 1] : null;
}
