using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.HearingActivity;
using CoachingBackend.Enrollment.Clients.HearingReadiness;
using CoachingBackend.Enrollment.Clients.InterviewingForIntake;
using CoachingBackend.Enrollment.Clients.RecordingMeetings;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.FollowUps.Completing;
using CoachingBackend.Enrollment.FollowUps.Raising;
using CoachingBackend.Enrollment.FollowUps;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CoachingBackend.Enrollment.Clients;

public sealed partial class ClientRecordProjection : SingleStreamProjection<ClientRecord, Guid>
{
    public static ClientRecord Create(IEvent<ClientReferred> e) => new()
    {
        Id = e.Data.ClientId,
        Name = e.Data.Name,
        DateOfBirth = e.Data.DateOfBirth,
        Contact = e.Data.Contact,
        ReferralSource = e.Data.Source,
        ReferrerName = e.Data.ReferrerName,
        ReferralReason = e.Data.Reason,
        RiskFactors = [.. e.Data.RiskFactors],
        Status = ClientStatus.Referred,
        ReferredAt = e.Data.ReferredAt,
        ReferredBy = e.UserName,
        LastChangedAt = e.Data.ReferredAt,
    };

    public static void Apply(IEvent<IntakeInterviewHeld> e, ClientRecord c)
    {
        var i = e.Data;
        c.Intake = new IntakeSummary(i.HeldAt, i.Mode, i.PreferredMode, i.Goals, i.Needs, i.Resources, i.ConfirmedRiskFactors, i.InterviewedBy);
        c.LastChangedAt = i.RecordedAt;
    }

    public static void Apply(MeetingRecorded e, ClientRecord c)
    {
        if (e.Outcome == MeetingOutcome.Held)
        {
            c.MeetingsHeld++;
            NoteActivity(c, e.PlannedAt);
        }
        else c.MeetingsMissed++;
        c.LastChangedAt = e.RecordedAt;
    }

    public static void Apply(CoachAssigned e, ClientRecord c)
    {
        c.CoachId = e.CoachId;
        c.CoachUserId = e.CoachUserId;
        c.LastChangedAt = e.AssignedAt;
    }

    public static void Apply(ReadinessResultRecorded e, ClientRecord c)
    {
        if (c.LatestReadiness is null || c.LatestReadiness.AssessedAt <= e.AssessedAt)
            c.LatestReadiness = new ReadinessSummary(e.AssessmentId, e.Instrument, e.TargetBehaviour,
                BuildingBlocks.Json.JsonDefaults.FromName<ReadinessLevel>(e.Level), e.Recommendation, e.Rationale, e.AssessedAt);
        if (e.SubmittedByClient) NoteActivity(c, e.AssessedAt);
        c.LastChangedAt = e.AssessedAt;
    }

    public static void Apply(FirstActivityNoted e, ClientRecord c) => NoteActivity(c, e.OccurredAt);

    public static void Apply(ServiceActivated e, ClientRecord c)
    {
        c.Status = ClientStatus.Active;
        c.Service = new ServicePeriod(e.ActivatedAt, e.EndsOn, e.Recommendation, e.OverrideReason, e.ActivatedBy);
        c.PassiveAfterDays = e.PassiveAfterDays;
        c.PassiveWatchSince = e.ActivatedAt;
        c.PassiveCheckDueAt = FollowUpDueDates.PassiveClient(e.ActivatedAt, e.PassiveAfterDays);
        c.ServiceEndDueAt = FollowUpDueDates.ServicePeriodEnded(e.EndsOn);
        c.LastChangedAt = e.ActivatedAt;
    }

    public static void Apply(TimeOutStarted e, ClientRecord c)
    {
        c.Status = ClientStatus.OnTimeOut;
        c.TimeOut = new TimeOutSummary(e.Reason, e.ReturnBy, e.StartedAt, null);
        c.PassiveCheckDueAt = null; // a time-out is agreed with the client: they are not passive, they are paused
        c.TimeOutOverdueAt = FollowUpDueDates.TimeOutEnded(e.ReturnBy);
        c.LastChangedAt = e.StartedAt;
    }

    public static void Apply(ServiceResumed e, ClientRecord c)
    {
        c.Status = ClientStatus.Active;
        c.TimeOut = c.TimeOut! with { ResumedAt = e.ResumedAt };
        c.TimeOutOverdueAt = null;
        c.PassiveWatchSince = e.ResumedAt;
        c.PassiveCheckDueAt = FollowUpDueDates.PassiveClient(e.ResumedAt, c.PassiveAfterDays);
        c.LastChangedAt = e.ResumedAt;
    }

    public static void Apply(ClientDischarged e, ClientRecord c)
    {
        c.Status = ClientStatus.Discharged;
        c.Discharge = new DischargeSummary(e.Reason, e.Summary, e.DischargedBy, e.DischargedAt);
        c.PassiveCheckDueAt = c.TimeOutOverdueAt = c.ServiceEndDueAt = null;
        c.LastChangedAt = e.DischargedAt;
    }

    public static void Apply(FollowUpRaised e, ClientRecord c)
    {
        c.OpenFollowUps++;
        switch (e.Kind)
        {
            case FollowUpKind.PassiveClient: c.PassiveCheckDueAt = null; break;
            case FollowUpKind.TimeOutEnded: c.TimeOutOverdueAt = null; break;
            case FollowUpKind.ServicePeriodEnded: c.ServiceEndDueAt = null; break;
        }
        c.LastChangedAt = e.RaisedAt;
    }

    public static void Apply(FollowUpCompleted e, ClientRecord c)
    {
        c.OpenFollowUps = Math.Max(0, c.OpenFollowUps - 1);
        c.LastChangedAt = e.CompletedAt;
    }

    private static void NoteActivity(ClientRecord c, DateTimeOffset at)
    {
        if (c.LastActivityAt is null || at > c.LastActivityAt) c.LastActivityAt = at;
        if (PassiveClientRule.Counts(c.Status, c.PassiveWatchSince, at)) c.PassiveCheckDueAt = null;
    }
}
