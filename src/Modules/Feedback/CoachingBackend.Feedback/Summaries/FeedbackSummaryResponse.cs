namespace CoachingBackend.Feedback.Summaries;

/// <summary>A summary over the surveys issued from <see cref="From"/> to <see cref="To"/>: the total and each group.</summary>
public sealed record FeedbackSummaryResponse(
    SummaryGrouping? GroupBy, DateOnly? From, DateOnly? To, string? Template, FeedbackGroupSummary Total, IReadOnlyList<FeedbackGroupSummary> Groups);
