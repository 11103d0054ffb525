using CoachingBackend.Courses.Definitions.Publishing;
using CoachingBackend.Courses.Definitions.Reviewing;
using Marten.Events.Projections;

namespace CoachingBackend.Courses.Definitions;

/// <summary>One <see cref="CourseVersionRecord"/> per shared version, inline, from the course's stream (and its reviews).</summary>
public sealed partial class CourseVersionRecordProjection : MultiStreamProjection<CourseVersionRecord, Guid>
{
    public CourseVersionRecordProjection()
    {
        Identity<CourseSharedWithCoaches>(e => CourseVersionRecord.IdOf(e.CourseId, e.CourseVersion));
        Identity<CourseReleasedToClients>(e => CourseVersionRecord.IdOf(e.CourseId, e.CourseVersion));
        Identity<CourseReviewCommentLeft>(e => CourseVersionRecord.IdOf(e.CourseId, e.CourseVersion));
    }

    public static CourseVersionRecord Create(CourseSharedWithCoaches e) => new()
    {
        Id = CourseVersionRecord.IdOf(e.CourseId, e.CourseVersion), CourseId = e.CourseId, Number = e.CourseVersion, Title = e.Title,
        Description = e.Description, Themes = e.Themes, Mode = e.Mode, SelfEnrolment = e.SelfEnrolment, Steps = e.Steps,
        PublishedBy = e.SharedBy, SharedWithCoachesAt = e.SharedAt,
    };

    public static void Apply(CourseReleasedToClients e, CourseVersionRecord v)
    {
        v.ReleasedToClientsAt = e.ReleasedAt;
        v.ReleasedBy = e.ReleasedBy;
    }

    public static void Apply(CourseReviewCommentLeft e, CourseVersionRecord v) => v.CommentCount++;
}
