using CoachingBackend.Courses.Enrolments.Closing;
using CoachingBackend.Courses.Enrolments.Completing;
using CoachingBackend.Courses.Enrolments.Enrolling;
using CoachingBackend.Courses.Enrolments.FulfillingRequests;
using CoachingBackend.Courses.Enrolments.HearingService;
using CoachingBackend.Courses.Enrolments.RequestingMaterial;
using Marten.Events.Aggregation;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>Keeps <see cref="EnrolmentRecord"/> in step with its enrolment stream, inline.</summary>
public sealed partial class EnrolmentRecordProjection : SingleStreamProjection<EnrolmentRecord, Guid>
{
    public static EnrolmentRecord Create(ClientEnrolledInCourse e)
    {
        var record = new EnrolmentRecord
        {
            Id = e.EnrolmentId, ClientId = e.ClientId, CourseId = e.CourseId, CourseVersion = e.CourseVersion, CourseTitle = e.CourseTitle,
            Mode = e.Mode, SelfEnrolled = e.SelfEnrolled, EnrolledBy = e.EnrolledBy, EnrolledAt = e.EnrolledAt, Steps = e.Steps,
            LastActivityAt = e.EnrolledAt,
        };
        Count(record);
        record.ClosesAt = record.LastRequiredClosing();
        return record;
    }

    public static void Apply(CourseStepCompleted e, EnrolmentRecord r)
    {
        r.Done = [.. r.Done, new StepDone(e.StepKey, e.Answer, e.CompletedAt)];
        r.LastActivityAt = e.CompletedAt;
        Count(r);
    }

    public static void Apply(CourseEnrolmentCompleted e, EnrolmentRecord r) => Finish(r, EnrolmentStatus.Completed, e.CompletedAt);

    public static void Apply(CourseEnrolmentNotCompleted e, EnrolmentRecord r) => Finish(r, EnrolmentStatus.NotCompleted, e.ClosedAt);

    public static void Apply(CourseEnrolmentEnded e, EnrolmentRecord r) => Finish(r, EnrolmentStatus.Ended, e.EndedAt);

    public static void Apply(CourseMaterialRequested e, EnrolmentRecord r) =>
        r.MaterialRequests.Add(new MaterialRequestView(e.RequestId, e.Text, e.RequestedAt, null, null, [], null));

    public static void Apply(CourseMaterialRequestFulfilled e, EnrolmentRecord r)
    {
        var at = r.MaterialRequests.FindIndex(m => m.RequestId == e.RequestId);
        if (at >= 0)
            r.MaterialRequests[at] = r.MaterialRequests[at] with
            {
                FulfilledAt = e.FulfilledAt, Note = e.Note, UnlockedSteps = e.UnlockedSteps, AddedStepKey = e.AddedStep?.Key,
            };
        if (e.AddedStep is { } added) r.Steps = [.. r.Steps, added];
        r.Unlocked = [.. r.Unlocked.Union(e.UnlockedSteps).Union(e.AddedStep is null ? [] : [e.AddedStep.Key])];
    }

    private static void Count(EnrolmentRecord r)
    {
        r.RequiredTotal = r.Steps.Count(s => s.CountsForCompletion);
        r.RequiredDone = r.Steps.Count(s => s.CountsForCompletion && r.Done.Any(d => d.Key == s.Key));
    }

    private static void Finish(EnrolmentRecord r, EnrolmentStatus status, DateTimeOffset at)
    {
        r.Status = status;
        r.FinishedAt = at;
        r.ClosesAt = null;
    }
}
