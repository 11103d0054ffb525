using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Feedback.Surveys.Deadlines;

/// <summary>The survey's due date passed without an answer; it can no longer be answered.</summary>
[EventMeaning("A survey's due date passed without the client's answer.")]
public sealed record SurveyExpired(
    Guid SurveyId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateTimeOffset DueAt,
    DateTimeOffset ExpiredAt);
