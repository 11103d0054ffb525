namespace CoachingBackend.Feedback.Summaries;

/// <summary>
/// The figures of one group. A group with fewer than <see cref="FeedbackFigures.MinimumResponses"/> responses shows its
/// counts only (<see cref="Suppressed"/>): its percentages and averages would point at the few who answered.
/// </summary>
/// <param name="Key">The course's or programme's id, the coach's user id or the month (yyyy-MM); "all" for the total.</param>
/// <param name="ResponseRate">Answered of issued, in percent (one decimal).</param>
/// <param name="Nps">Net promoter score: percent of likelihoods 9–10 minus percent of 0–6 (one decimal), over those who gave one.</param>
/// <param name="ReplyRate">Responses the coach replied to, in percent of the answered (one decimal).</param>
/// <param name="MedianReplyHours">Median hours from the answer to the coach's reply, over the replied.</param>
public sealed record FeedbackGroupSummary(
    string Key,
    string? Label,
    int Issued,
    int Answered,
    int Replied,
    bool Suppressed,
    double? ResponseRate,
    JudgementDistribution? Judgements,
    double? MeanRating,
    double? MedianRating,
    double? Nps,
    double? ReplyRate,
    double? MedianReplyHours);
