namespace CoachingBackend.Feedback.Summaries;

/// <summary>How many responses gave a judgement, and their share in whole percent (the three shares add up to 100).</summary>
public sealed record JudgementShare(int Count, int Percent);
