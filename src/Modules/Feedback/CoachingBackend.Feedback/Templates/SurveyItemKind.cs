namespace CoachingBackend.Feedback.Templates;

/// <summary>What an item of a survey asks for; the summaries read the first three.</summary>
public enum SurveyItemKind
{
    /// <summary>An overall judgement: positive, undecided or not relevant.</summary>
    Judgement,
    /// <summary>A rating from 1 to 5.</summary>
    Rating,
    /// <summary>How likely the client is to recommend it, 0 to 10 (for the NPS).</summary>
    Likelihood,
    /// <summary>A free text in the client's own words: never shown to analysts.</summary>
    Text,
}
