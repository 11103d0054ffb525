using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Feedback.Surveys.Deadlines;

/// <summary>A response waited for the coach's reply past the organisation's limit: a follow-up was asked of Enrollment, once.</summary>
[EventMeaning("A client's survey response waited past the organisation's limit for the coach's reply; a follow-up was asked for.")]
public sealed record SurveyReplyOverdue(
    Guid SurveyId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateTimeOffset AnsweredAt,
    DateTimeOffset ReplyDueBy,
    DateTimeOffset NotedAt);
