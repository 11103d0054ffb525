using CoachingBackend.Feedback.Templates;
using Marten.Metadata;

namespace CoachingBackend.Feedback.Surveys;

/// <summary>One survey as the lists and summaries read it, kept in step with its stream in the same transaction.</summary>
public sealed class SurveyRecord : ITenanted
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    /// <summary>The organisation, filled by Marten: the deadline scan reads every organisation's surveys at once.</summary>
    public string? TenantId { get; set; }
    public Guid ClientId { get; set; }
    public string TemplateKey { get; set; } = "";
    public int TemplateNumber { get; set; }
    public string TemplateTitle { get; set; } = "";
    public SurveyTrigger Trigger { get; set; }
    public AboutKind? AboutKind { get; set; }
    public Guid? AboutId { get; set; }
    public string? AboutTitle { get; set; }
    /// <summary>The coach the feedback is about: responsible at issue, then at the answer.</summary>
    public string? CoachUserId { get; set; }
    public string IssuedBy { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public SurveyStatus Status { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public IReadOnlyList<SurveyAnswer> Answers { get; set; } = [];
    public Judgement? Judgement { get; set; }
    public int? Rating { get; set; }
    public int? Likelihood { get; set; }
    public DateTimeOffset? ReplyDueBy { get; set; }
    public bool AwaitsReply { get; set; }
    public bool ReplyOverdue { get; set; }
    public string? Reply { get; set; }
    public string? RepliedBy { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public DateTimeOffset? ExpiredAt { get; set; }
    /// <summary>When the deadline scan next has something to do here (expiry, then a late reply); null when nothing.</summary>
    public DateTimeOffset? NextDeadline { get; set; }

    /// <summary>Expired by the clock even before the scan has recorded it.</summary>
    public SurveyStatus StatusAt(DateTimeOffset now) => Status == SurveyStatus.Open && DueAt <= now ? SurveyStatus.Expired : Status;
}
