using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.HearingReadiness;
using CoachingBackend.Enrollment.Clients.InterviewingForIntake;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using Marten.Events.Aggregation;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary>Built by the async daemon from each journey stream: a replay gives the same paths.</summary>
public sealed partial class ClientPathRecordProjection : SingleStreamProjection<ClientPathRecord, Guid>
{
    public static ClientPathRecord Create(ClientReferred e) => new() { Id = e.ClientId, ReferredAt = e.ReferredAt };

    public static void Apply(IntakeInterviewHeld e, ClientPathRecord p) => p.IntakeAt ??= e.HeldAt;

    public static void Apply(ReadinessResultRecorded e, ClientPathRecord p)
    {
        if (p.FirstAssessedAt is null)
        {
            p.FirstAssessedAt = e.AssessedAt;
            p.FirstReadinessLevel = e.Level;
        }
        p.LatestReadinessLevel = e.Level;
        p.Assessments++;
    }

    public static void Apply(ServiceActivated e, ClientPathRecord p) => p.ActivatedAt ??= e.ActivatedAt;

    public static void Apply(TimeOutStarted e, ClientPathRecord p) => p.TimeOuts.Add(new TimeOutSpell { StartedAt = e.StartedAt });

    public static void Apply(ServiceResumed e, ClientPathRecord p)
    {
        if (Open(p) is { } spell) spell.ReturnedAt = e.ResumedAt;
    }

    public static void Apply(ClientDischarged e, ClientPathRecord p)
    {
        p.DischargedAt = e.DischargedAt;
        p.DischargeReason = JsonDefaults.Name(e.Reason);
        if (Open(p) is { } spell) spell.DischargedAt = e.DischargedAt;
    }

    private static TimeOutSpell? Open(ClientPathRecord p) => p.TimeOuts.LastOrDefault(t => t.EndedAt() is null);
}
