using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.HearingActivity;
using CoachingBackend.Enrollment.Clients.HearingModules;
using CoachingBackend.Enrollment.Clients.HearingReadiness;
using CoachingBackend.Enrollment.Clients.InterviewingForIntake;
using CoachingBackend.Enrollment.Clients.RecordingMeetings;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.FollowUps.Completing;
using CoachingBackend.Enrollment.FollowUps.Raising;
using CoachingBackend.Enrollment.FollowUps;
using CoachingBackend.ReadinessAssessment.Contracts;
using System.Collections.Immutable;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>
/// The write-side state of a client's journey: only what the deciders need to judge the next command.
/// Immutable; Marten folds the stream's events into it.
/// </summary>
public sealed record ClientJourney(
    Guid Id,
    ClientStatus Status,
    Guid? CoachId,
    string? CoachUserId,
    bool IntakeHeld,
    ReadinessRecommendation? LatestRecommendation,
    DateTimeOffset? LatestAssessedAt,
    ImmutableHashSet<Guid> RecordedAssessments,
    DateTimeOffset? ActivatedAt,
    DateOnly? ServiceEndsOn,
    int PassiveAfterDays,
    DateTimeOffset? PassiveWatchSince,
    bool ActiveSinceWatch,
    DateOnly? ReturnBy,
    ImmutableHashSet<string> RaisedFollowUps,
    ImmutableHashSet<Guid> OpenFollowUps,
    ImmutableHashSet<string> RecordedEntries)
{
    public bool IsClosed => Status == ClientStatus.Discharged;

    public static ClientJourney Create(ClientReferred e) =>
        new(e.ClientId, ClientStatus.Referred, null, null, false, null, null, [], null, null, 0, null, false, null, [], [], []);

    public ClientJourney Apply(IntakeInterviewHeld e) => this with { IntakeHeld = true };

    public ClientJourney Apply(MeetingRecorded e) =>
        e.Outcome == MeetingOutcome.Held && CountsAsActivity(e.PlannedAt) ? this with { ActiveSinceWatch = true } : this;

    public ClientJourney Apply(CoachAssigned e) => this with { CoachId = e.CoachId, CoachUserId = e.CoachUserId };

    // Results can be delivered out of order: the latest assessment, not the latest delivery, is the recommendation.
    public ClientJourney Apply(ReadinessResultRecorded e) => this with
    {
        LatestRecommendation = LatestAssessedAt is { } latest && latest > e.AssessedAt ? LatestRecommendation : e.Recommendation,
        LatestAssessedAt = LatestAssessedAt is { } known && known > e.AssessedAt ? known : e.AssessedAt,
        RecordedAssessments = RecordedAssessments.Add(e.AssessmentId),
        ActiveSinceWatch = ActiveSinceWatch || (e.SubmittedByClient && CountsAsActivity(e.AssessedAt)),
    };

    public ClientJourney Apply(FirstActivityNoted e) => this with { ActiveSinceWatch = true };

    public ClientJourney Apply(ServiceActivated e) => this with
    {
        Status = ClientStatus.Active,
        ActivatedAt = e.ActivatedAt,
        ServiceEndsOn = e.EndsOn,
        PassiveAfterDays = e.PassiveAfterDays,
        PassiveWatchSince = e.ActivatedAt,
        ActiveSinceWatch = false,
    };

    public ClientJourney Apply(TimeOutStarted e) => this with { Status = ClientStatus.OnTimeOut, ReturnBy = e.ReturnBy };

    // A resumption starts the passive-client watch again.
    public ClientJourney Apply(ServiceResumed e) =>
        this with { Status = ClientStatus.Active, ReturnBy = null, PassiveWatchSince = e.ResumedAt, ActiveSinceWatch = false };

    public ClientJourney Apply(ClientDischarged e) => this with { Status = ClientStatus.Discharged, OpenFollowUps = [] };

    public ClientJourney Apply(FollowUpRaised e) => this with
    {
        RaisedFollowUps = RaisedFollowUps.Add(FollowUpKey(e.Kind, e.DueSince)).Add(RequestKey(e.FollowUpId)),
        OpenFollowUps = OpenFollowUps.Add(e.FollowUpId),
    };

    public ClientJourney Apply(FollowUpCompleted e) => this with { OpenFollowUps = OpenFollowUps.Remove(e.FollowUpId) };

    public ClientJourney Apply(ModuleEntryRecorded e) => this with { RecordedEntries = RecordedEntries.Add(EntryKey(e.SourceStream, e.SourceVersion)) };

    /// <summary>Whether the client's own doing at <paramref name="at"/> counts against passivity (<see cref="PassiveClientRule"/>).</summary>
    public bool CountsAsActivity(DateTimeOffset at) => PassiveClientRule.Counts(Status, PassiveWatchSince, at);

    /// <summary>Another module's entry is recorded once: its source stream and version name it.</summary>
    public static string EntryKey(Guid sourceStream, long sourceVersion) => $"{sourceStream:N}@{sourceVersion}";

    /// <summary>A follow-up is raised once for each period it is about (one activation, one time-out).</summary>
    public static string FollowUpKey(FollowUpKind kind, DateTimeOffset dueSince) => $"{kind}:{dueSince:O}";

    /// <summary>A follow-up another module asked for has an id that follows from its source: raised once.</summary>
    public static string RequestKey(Guid followUpId) => $"id:{followUpId:N}";
}
