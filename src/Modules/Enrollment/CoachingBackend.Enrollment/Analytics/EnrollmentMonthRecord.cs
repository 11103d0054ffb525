namespace CoachingBackend.Enrollment.Analytics;

/// <summary>
/// An organisation's enrollment figures for one calendar month (UTC): how clients came in, started, paused and
/// left. Counts only, no person in them, so analysts can follow intake and dropout without seeing a client.
/// </summary>
public sealed class EnrollmentMonthRecord
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
