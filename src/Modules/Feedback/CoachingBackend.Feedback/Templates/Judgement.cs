namespace CoachingBackend.Feedback.Templates;

/// <summary>The overall judgement the training pilots reported (90 % positive, 8 % undecided, 2 % not relevant).</summary>
public enum Judgement { Positive, Undecided, NotRelevant }
