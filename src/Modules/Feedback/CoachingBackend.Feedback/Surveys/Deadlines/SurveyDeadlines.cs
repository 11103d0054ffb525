using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.Feedback.Surveys.Deadlines;

/// <summary>
/// What the clock brings to a survey: expiry once its due date passes unanswered, and a follow-up for the coach once a
/// response has waited for their reply past the organisation's limit. Each is recorded once.
/// </summary>
public static class SurveyDeadlines
{
    public static Decision Decide(Survey survey, CommandContext context)
    {
        var now = context.Now;
        if (survey is { AnsweredAt: null, ExpiredAt: null } && survey.DueAt <= now)
            return Decision.Of(new SurveyExpired(survey.Id, survey.ClientId, survey.DueAt, now))
                .Publishing(SurveyJourney.Entry(context, survey, survey.Version + 1, "survey-expired",
                    $"Survey \"{survey.TemplateTitle}\" ({survey.TemplateKey}) expired unanswered on {survey.DueAt:yyyy-MM-dd}."));

        if (survey is { AnsweredAt: { } answeredAt, RepliedAt: null, ReplyOverdue: false, ReplyDueBy: { } dueBy } && dueBy <= now)
            return Decision.Of(new SurveyReplyOverdue(survey.Id, survey.ClientId, answeredAt, dueBy, now))
                .Publishing(new FollowUpRequested(context.TenantId, survey.ClientId, SurveyJourney.Module, FollowUpRequested.FeedbackReplyOverdue,
                    $"The client answered the survey \"{survey.TemplateTitle}\" on {answeredAt:yyyy-MM-dd} and still awaits your reply.",
                    dueBy, survey.Id, survey.Version + 1));

        return Decision.None;
    }
}
