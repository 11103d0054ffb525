using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.FollowUps.Raising;
using CoachingBackend.Enrollment.FollowUps;
using Marten.Events.Projections;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary>Built by the async daemon from every journey: a replay of the event store gives the same figures.</summary>
public sealed partial class EnrollmentMonthRecordProjection : MultiStreamProjection<EnrollmentMonthRecord, string>
{
    public EnrollmentMonthRecordProjection()
    {
        Identity<ClientReferred>(e => EnrollmentMonthRecord.MonthOf(e.ReferredAt));
        Identity<ServiceActivated>(e => EnrollmentMonthRecord.MonthOf(e.ActivatedAt));
        Identity<TimeOutStarted>(e => EnrollmentMonthRecord.MonthOf(e.StartedAt));
        Identity<ServiceResumed>(e => EnrollmentMonthRecord.MonthOf(e.ResumedAt));
        Identity<ClientDischarged>(e => EnrollmentMonthRecord.MonthOf(e.DischargedAt));
        Identity<FollowUpRaised>(e => EnrollmentMonthRecord.MonthOf(e.RaisedAt));
    }

    public static void Apply(ClientReferred e, EnrollmentMonthRecord m)
    {
        m.Referrals++;
        Count(m.ReferralsBySource, JsonDefaults.Name(e.Source));
    }

    public static void Apply(ServiceActivated e, EnrollmentMonthRecord m)
    {
        m.Activations++;
        if (e.OverrideReason is not null) m.ActivationsWithOverride++;
    }

    public static void Apply(TimeOutStarted e, EnrollmentMonthRecord m) => m.TimeOuts++;

    public static void Apply(ServiceResumed e, EnrollmentMonthRecord m) => m.Resumptions++;

    public static void Apply(ClientDischarged e, EnrollmentMonthRecord m)
    {
        m.Discharges++;
        Count(m.DischargesByReason, JsonDefaults.Name(e.Reason));
    }

    public static void Apply(FollowUpRaised e, EnrollmentMonthRecord m)
    {
        if (e.Kind == FollowUpKind.PassiveClient) m.PassiveClientFollowUps++;
        if (e.Kind == FollowUpKind.TimeOutEnded) m.EndedTimeOutFollowUps++;
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
