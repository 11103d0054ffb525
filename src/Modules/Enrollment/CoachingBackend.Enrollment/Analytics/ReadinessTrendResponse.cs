namespace CoachingBackend.Enrollment.Analytics;

/// <param name="Assessed">Clients whose first readiness assessment fell in the period.</param>
/// <param name="First">Their first levels: low, moderate, high.</param>
/// <param name="Latest">Their latest levels today.</param>
/// <param name="Reassessed">Those of them assessed more than once.</param>
/// <param name="Trend">Of the reassessed, whose latest level rose, stayed or fell against the first.</param>
public sealed record ReadinessTrendResponse(string? From, string? To, SmallCount Assessed, IReadOnlyList<Tally> First,
    IReadOnlyList<Tally> Latest, SmallCount Reassessed, IReadOnlyList<Tally> Trend);
