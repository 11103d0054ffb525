namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// The client's answer to one item, as partner apps send it: <c>{"itemId":"1","value":"4"}</c>.
/// The value is text for every answer type: an integer for a scale, an option value for a choice.
/// </summary>
public sealed record Answer(string ItemId, string Value);
