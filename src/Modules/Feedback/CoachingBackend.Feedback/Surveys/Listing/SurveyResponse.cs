using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.Feedback.Surveys.Listing;

/// <summary>
/// A survey as its client, their coach and org-admins see it: what it asks (the items, when listed), the client's answers
/// and the coach's reply. Never shown to analysts: the answers hold the client's own words.
/// </summary>
/// <param name="Status">open, answered or expired (expired as soon as the due date passes unanswered).</param>
public sealed record SurveyResponse(
    Guid SurveyId,
    Guid ClientId,
    string Template,
    int TemplateVersion,
    string Title,
    SurveyTrigger Trigger,
    AboutKind? AboutKind,
    Guid? AboutId,
    string? AboutTitle,
    IReadOnlyList<SurveyItem>? Items,
    SurveyStatus Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? AnsweredAt,
    IReadOnlyList<SurveyAnswer> Answers,
    string? Reply,
    string? RepliedBy,
    DateTimeOffset? RepliedAt)
{
    public static SurveyResponse From(SurveyRecord s, IReadOnlyList<SurveyItem>? items, DateTimeOffset now) =>
        new(s.Id, s.ClientId, s.TemplateKey, s.TemplateNumber, s.TemplateTitle, s.Trigger, s.AboutKind, s.AboutId, s.AboutTitle, items,
            s.StatusAt(now), s.IssuedAt, s.DueAt, s.AnsweredAt, s.Answers, s.Reply, s.RepliedBy, s.RepliedAt);

    /// <summary>The survey with its template version's questions, as a command's answer shows it.</summary>
    public static async Task<SurveyResponse> WithItemsAsync(SurveyRecord s, Marten.IQuerySession session, DateTimeOffset now, CancellationToken ct) =>
        From(s, (await Templates.SurveyTemplates.FindAsync(session, s.TemplateKey, s.TemplateNumber, ct)).Items, now);
}
