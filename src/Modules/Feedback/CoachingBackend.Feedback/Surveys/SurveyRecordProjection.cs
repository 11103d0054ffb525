using CoachingBackend.Feedback.Surveys.Answering;
using CoachingBackend.Feedback.Surveys.Deadlines;
using CoachingBackend.Feedback.Surveys.Issuing;
using CoachingBackend.Feedback.Surveys.Replying;
using Marten.Events.Aggregation;

namespace CoachingBackend.Feedback.Surveys;

public sealed partial class SurveyRecordProjection : SingleStreamProjection<SurveyRecord, Guid>
{
    public static SurveyRecord Create(SurveyIssued e) => new()
    {
        Id = e.SurveyId, ClientId = e.ClientId, TemplateKey = e.TemplateKey, TemplateNumber = e.TemplateNumber, TemplateTitle = e.TemplateTitle,
        Trigger = e.Trigger, AboutKind = e.AboutKind, AboutId = e.AboutId, AboutTitle = e.AboutTitle, CoachUserId = e.CoachUserId,
        IssuedBy = e.IssuedBy, IssuedAt = e.IssuedAt, DueAt = e.DueAt, Status = SurveyStatus.Open, NextDeadline = e.DueAt,
    };

    public static void Apply(SurveyAnswered e, SurveyRecord s)
    {
        s.Status = SurveyStatus.Answered;
        s.AnsweredAt = e.AnsweredAt;
        s.Answers = e.Answers;
        s.Judgement = e.Judgement;
        s.Rating = e.Rating;
        s.Likelihood = e.Likelihood;
        s.CoachUserId = e.CoachUserId ?? s.CoachUserId;
        s.ReplyDueBy = e.ReplyDueBy;
        s.AwaitsReply = true;
        s.NextDeadline = e.ReplyDueBy;
    }

    public static void Apply(SurveyReplied e, SurveyRecord s)
    {
        s.Reply = e.Text;
        s.RepliedBy = e.RepliedBy;
        s.RepliedAt = e.RepliedAt;
        s.AwaitsReply = false;
        s.NextDeadline = null;
    }

    public static void Apply(SurveyExpired e, SurveyRecord s)
    {
        s.Status = SurveyStatus.Expired;
        s.ExpiredAt = e.ExpiredAt;
        s.NextDeadline = null;
    }

    public static void Apply(SurveyReplyOverdue e, SurveyRecord s)
    {
        s.ReplyOverdue = true;
        s.NextDeadline = null;
    }
}
