namespace CoachingBackend.Feedback.Summaries;

/// <summary>The overall judgements of a group's responses, the way the pilots reported them (90 / 8 / 2).</summary>
public sealed record JudgementDistribution(JudgementShare Positive, JudgementShare Undecided, JudgementShare NotRelevant);
