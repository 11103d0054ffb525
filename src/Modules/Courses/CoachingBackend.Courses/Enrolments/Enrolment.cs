using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Enrolments.Closing;
using CoachingBackend.Courses.Enrolments.Completing;
using CoachingBackend.Courses.Enrolments.Enrolling;
using CoachingBackend.Courses.Enrolments.FulfillingRequests;
using CoachingBackend.Courses.Enrolments.HearingService;
using CoachingBackend.Courses.Enrolments.RequestingMaterial;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>
/// The write model of one client's enrolment in one course, what its deciders judge: the pinned course version's steps
/// (with extra material added for this client), what is done, what is unlocked, and where it stands. An inline snapshot.
/// </summary>
public sealed class Enrolment : IEnrolmentSteps
{
    public Guid Id { get; set; }
    /// <summary>The stream's version (Marten sets it): the source version of journey entries.</summary>
    public long Version { get; set; }
    public Guid ClientId { get; set; }
    public Guid CourseId { get; set; }
    public int CourseVersion { get; set; }
    public string CourseTitle { get; set; } = "";
    public ExecutionMode Mode { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public EnrolmentStatus Status { get; set; }
    public IReadOnlyList<PublishedStep> Steps { get; set; } = [];
    public IReadOnlyList<StepDone> Done { get; set; } = [];
    public IReadOnlyList<string> Unlocked { get; set; } = [];
    public IReadOnlyList<MaterialRequestState> Requests { get; set; } = [];

    public static Enrolment Create(ClientEnrolledInCourse e) => new()
    {
        Id = e.EnrolmentId, ClientId = e.ClientId, CourseId = e.CourseId, CourseVersion = e.CourseVersion, CourseTitle = e.CourseTitle,
        Mode = e.Mode, EnrolledAt = e.EnrolledAt, Steps = e.Steps,
    };

    public void Apply(CourseStepCompleted e) => Done = [.. Done, new StepDone(e.StepKey, e.Answer, e.CompletedAt)];

    public void Apply(CourseEnrolmentCompleted e) => Status = EnrolmentStatus.Completed;

    public void Apply(CourseEnrolmentNotCompleted e) => Status = EnrolmentStatus.NotCompleted;

    public void Apply(CourseEnrolmentEnded e) => Status = EnrolmentStatus.Ended;

    public void Apply(CourseMaterialRequested e) => Requests = [.. Requests, new MaterialRequestState(e.RequestId, Requests.Count + 1, null)];

    public void Apply(CourseMaterialRequestFulfilled e)
    {
        Requests = [.. Requests.Select(r => r.RequestId == e.RequestId ? r with { FulfilmentNote = e.Note } : r)];
        if (e.AddedStep is { } added) Steps = [.. Steps, added];
        Unlocked = [.. Unlocked.Union(e.UnlockedSteps).Union(e.AddedStep is null ? [] : [e.AddedStep.Key])];
    }
}
