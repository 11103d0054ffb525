using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.Feedback.Surveys.Listing;

/// <summary>A response waiting for the coach's reply, with how long it has waited and whether the reply is late already.</summary>
public sealed record SurveyAwaitingReply(
    Guid SurveyId, Guid ClientId, string Template, string Title, Judgement? Judgement, int? Rating, DateTimeOffset AnsweredAt,
    DateTimeOffset ReplyDueBy, int WaitingDays, bool IsLate);
