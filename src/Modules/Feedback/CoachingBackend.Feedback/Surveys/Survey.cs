using CoachingBackend.Feedback.Surveys.Answering;
using CoachingBackend.Feedback.Surveys.Deadlines;
using CoachingBackend.Feedback.Surveys.Issuing;
using CoachingBackend.Feedback.Surveys.Replying;

namespace CoachingBackend.Feedback.Surveys;

/// <summary>
/// The write model of one survey's stream, what its deciders judge: whose it is, its template version, its due date,
/// and how far its response and the coach's reply have come. Kept as an inline snapshot.
/// </summary>
public sealed class Survey
{
    public Guid Id { get; set; }
    /// <summary>The stream's version, set by Marten: it names each journey entry of the survey.</summary>
    public long Version { get; set; }
    public Guid ClientId { get; set; }
    public string TemplateKey { get; set; } = "";
    public int TemplateNumber { get; set; }
    public string TemplateTitle { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? ReplyDueBy { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public DateTimeOffset? ExpiredAt { get; set; }
    public bool ReplyOverdue { get; set; }

    public static Survey Create(SurveyIssued e) => new()
    {
        Id = e.SurveyId, ClientId = e.ClientId, TemplateKey = e.TemplateKey, TemplateNumber = e.TemplateNumber,
        TemplateTitle = e.TemplateTitle, DueAt = e.DueAt,
    };

    public void Apply(SurveyAnswered e)
    {
        AnsweredAt = e.AnsweredAt;
        ReplyDueBy = e.ReplyDueBy;
    }

    public void Apply(SurveyReplied e) => RepliedAt = e.RepliedAt;

    public void Apply(SurveyExpired e) => ExpiredAt = e.ExpiredAt;

    public void Apply(SurveyReplyOverdue e) => ReplyOverdue = true;
}
