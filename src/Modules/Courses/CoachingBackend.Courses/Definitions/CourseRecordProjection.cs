using CoachingBackend.Courses.Definitions.Drafting;
using CoachingBackend.Courses.Definitions.EditingDraft;
using CoachingBackend.Courses.Definitions.Publishing;
using CoachingBackend.Courses.Definitions.Reviewing;
using JasperFx.Events;
using Marten.Events.Projections;

namespace CoachingBackend.Courses.Definitions;

/// <summary>Keeps <see cref="CourseRecord"/> from the course's stream and its versions' review streams, inline.</summary>
public sealed partial class CourseRecordProjection : MultiStreamProjection<CourseRecord, Guid>
{
    public CourseRecordProjection()
    {
        Identity<CourseDrafted>(e => e.CourseId);
        Identity<CourseDraftEdited>(e => e.CourseId);
        Identity<CourseSharedWithCoaches>(e => e.CourseId);
        Identity<CourseReleasedToClients>(e => e.CourseId);
        Identity<CourseReviewCommentLeft>(e => e.CourseId);
    }

    public static CourseRecord Create(IEvent<CourseDrafted> e) => new()
    {
        Id = e.Data.CourseId, StreamVersion = e.Version, AuthorUserId = e.Data.DraftedBy, DraftedAt = e.Data.DraftedAt,
        LastChangedAt = e.Data.DraftedAt, Title = e.Data.Title, Description = e.Data.Description, Themes = e.Data.Themes,
        Mode = e.Data.Mode, SelfEnrolment = e.Data.SelfEnrolment, Steps = e.Data.Steps, DraftChangedSinceShared = true,
    };

    public static void Apply(IEvent<CourseDraftEdited> e, CourseRecord c)
    {
        c.StreamVersion = e.Version;
        c.LastChangedAt = e.Data.EditedAt;
        c.Title = e.Data.Title;
        c.Description = e.Data.Description;
        c.Themes = e.Data.Themes;
        c.Mode = e.Data.Mode;
        c.SelfEnrolment = e.Data.SelfEnrolment;
        c.Steps = e.Data.Steps;
        c.DraftChangedSinceShared = true;
    }

    public static void Apply(IEvent<CourseSharedWithCoaches> e, CourseRecord c)
    {
        c.StreamVersion = e.Version;
        c.LastChangedAt = e.Data.SharedAt;
        c.SharedTitle = e.Data.Title;
        c.IsSharedWithCoaches = true;
        c.DraftChangedSinceShared = false;
        c.Versions.Add(new CourseVersionSummary(e.Data.CourseVersion, e.Data.SharedAt, null, 0, e.Data.SelfEnrolment));
    }

    public static void Apply(IEvent<CourseReleasedToClients> e, CourseRecord c)
    {
        c.StreamVersion = e.Version;
        c.LastChangedAt = e.Data.ReleasedAt;
        c.IsReleasedToClients = true;
        c.LatestReleasedVersion = Math.Max(c.LatestReleasedVersion, e.Data.CourseVersion);
        Change(c, e.Data.CourseVersion, v => v with { ReleasedToClientsAt = e.Data.ReleasedAt });
        c.OpenToSelfEnrolment = c.Versions.Single(v => v.Number == c.LatestReleasedVersion).SelfEnrolment;
    }

    // A comment is on the version's review stream: it leaves the course's version (its ETag) alone.
    public static void Apply(CourseReviewCommentLeft e, CourseRecord c) =>
        Change(c, e.CourseVersion, v => v with { CommentCount = v.CommentCount + 1 });

    private static void Change(CourseRecord c, int number, Func<CourseVersionSummary, CourseVersionSummary> change)
    {
        var at = c.Versions.FindIndex(v => v.Number == number);
        if (at >= 0) c.Versions[at] = change(c.Versions[at]);
    }
}
