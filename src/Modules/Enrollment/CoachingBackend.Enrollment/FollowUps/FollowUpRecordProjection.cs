using CoachingBackend.Enrollment.FollowUps.Completing;
using CoachingBackend.Enrollment.FollowUps.Raising;
using Marten.Events.Projections;

namespace CoachingBackend.Enrollment.FollowUps;

public sealed partial class FollowUpRecordProjection : MultiStreamProjection<FollowUpRecord, Guid>
{
    public FollowUpRecordProjection()
    {
        Identity<FollowUpRaised>(e => e.FollowUpId);
        Identity<FollowUpCompleted>(e => e.FollowUpId);
    }

    public static FollowUpRecord Create(FollowUpRaised e) => new()
    {
        Id = e.FollowUpId, ClientId = e.ClientId, CoachId = e.CoachId, Kind = e.Kind, Reason = e.Reason,
        DueSince = e.DueSince, RaisedAt = e.RaisedAt,
    };

    public static void Apply(FollowUpCompleted e, FollowUpRecord f)
    {
        f.IsOpen = false;
        f.Outcome = e.Outcome;
        f.Note = e.Note;
        f.CompletedBy = e.CompletedBy;
        f.CompletedAt = e.CompletedAt;
    }
}
