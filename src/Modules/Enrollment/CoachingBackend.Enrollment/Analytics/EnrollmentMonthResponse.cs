namespace CoachingBackend.Enrollment.Analytics;

public sealed record EnrollmentMonthResponse(string Month, int Referrals, IReadOnlyDictionary<string, int> ReferralsBySource,
    int Activations, int ActivationsWithOverride, int TimeOuts, int Resumptions, int Discharges,
    IReadOnlyDictionary<string, int> DischargesByReason, int PassiveClientFollowUps, int EndedTimeOutFollowUps)
{
    public static EnrollmentMonthResponse From(EnrollmentMonthRecord m) => new(m.Id, m.Referrals, m.ReferralsBySource, m.Activations,
        m.ActivationsWithOverride, m.TimeOuts, m.Resumptions, m.Discharges, m.DischargesByReason, m.PassiveClientFollowUps,
        m.EndedTimeOutFollowUps);
}
