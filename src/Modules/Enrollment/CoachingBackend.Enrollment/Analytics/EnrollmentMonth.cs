using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.FollowUps;
using Marten.Events.Projections;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary>
/// An organisation's enrollment figures for one calendar month (UTC): how clients came in, started, paused and
/// left. Counts only, no person in them, so analysts can follow intake and dropout without seeing a client.
/// </summary>
public sealed class EnrollmentMonth
{
    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Id { get; set; } = "";
    public int Referrals { get; set; }
    public Dictionary<string, int> ReferralsBySource { get; set; } = [];
    public int Activations { get; set; }
    public int ActivationsWithOverride { get; set; }
    public int TimeOuts { get; set; }
    public int Resumptions { get; set; }
    public int Discharges { get; set; }
    public Dictionary<string, int> DischargesByReason { get; set; } = [];
    public int PassiveClientFollowUps { get; set; }
    public int EndedTimeOutFollowUps { get; set; }

    public static string MonthOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM");
}

/// <summary>Built by the async daemon from every journey: a replay of the event store gives the same figures.</summary>
public sealed partial class EnrollmentMonthProjection : MultiStreamProjection<EnrollmentMonth, string>
{
    public EnrollmentMonthProjection()
    {
        Identity<ClientReferred>(e => EnrollmentMonth.MonthOf(e.ReferredAt));
        Identity<ServiceActivated>(e => EnrollmentMonth.MonthOf(e.ActivatedAt));
        Identity<TimeOutStarted>(e => EnrollmentMonth.MonthOf(e.StartedAt));
        Identity<ServiceResumed>(e => EnrollmentMonth.MonthOf(e.ResumedAt));
        Identity<ClientDischarged>(e => EnrollmentMonth.MonthOf(e.DischargedAt));
        Identity<FollowUpRaised>(e => EnrollmentMonth.MonthOf(e.RaisedAt));
    }

    public static void Apply(ClientReferred e, EnrollmentMonth m)
    {
        m.Referrals++;
        Count(m.ReferralsBySource, JsonDefaults.Name(e.Source));
    }

    public static void Apply(ServiceActivated e, EnrollmentMonth m)
    {
        m.Activations++;
        if (e.OverrideReason is not null) m.ActivationsWithOverride++;
    }

    public static void Apply(TimeOutStarted e, EnrollmentMonth m) => m.TimeOuts++;

    public static void Apply(ServiceResumed e, EnrollmentMonth m) => m.Resumptions++;

    public static void Apply(ClientDischarged e, EnrollmentMonth m)
    {
        m.Discharges++;
        Count(m.DischargesByReason, JsonDefaults.Name(e.Reason));
    }

    public static void Apply(FollowUpRaised e, EnrollmentMonth m)
    {
        if (e.Kind == FollowUpKind.PassiveClient) m.PassiveClientFollowUps++;
        if (e.Kind == FollowUpKind.TimeOutEnded) m.EndedTimeOutFollowUps++;
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
