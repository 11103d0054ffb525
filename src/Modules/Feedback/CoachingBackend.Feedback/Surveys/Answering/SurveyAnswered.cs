using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.Feedback.Surveys.Answering;

/// <summary>
/// The client answered their survey. The judgement, rating and likelihood are copied out of the answers for the
/// summaries; the answers themselves hold the client's own words. The coach's reply is due by <see cref="ReplyDueBy"/>.
/// </summary>
/// <param name="CoachUserId">The responsible coach when the client answered: the coach the feedback is about.</param>
[EventMeaning("A client answered a survey; the responsible coach's reply is due by ReplyDueBy.")]
public sealed record SurveyAnswered(
    Guid SurveyId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.Omitted)] IReadOnlyList<SurveyAnswer> Answers,
    Judgement? Judgement,
    int? Rating,
    int? Likelihood,
    [property: Personal(PersonalData.StaffId)] string? CoachUserId,
    DateTimeOffset ReplyDueBy,
    DateTimeOffset AnsweredAt);
