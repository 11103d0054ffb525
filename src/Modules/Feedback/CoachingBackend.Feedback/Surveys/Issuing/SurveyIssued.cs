using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Feedback.Surveys.Issuing;

/// <summary>A survey went to a client, from a template version, due by <see cref="DueAt"/>.</summary>
/// <param name="CoachUserId">The client's responsible coach when it was issued.</param>
[EventMeaning("A survey from a template version went to a client, by a coach or because a course or the service ended.")]
public sealed record SurveyIssued(
    Guid SurveyId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string TemplateKey,
    int TemplateNumber,
    string TemplateTitle,
    SurveyTrigger Trigger,
    AboutKind? AboutKind,
    Guid? AboutId,
    [property: Personal(PersonalData.Omitted)] string? AboutTitle,
    [property: Personal(PersonalData.StaffId)] string? CoachUserId,
    [property: Personal(PersonalData.StaffId)] string IssuedBy,
    DateTimeOffset IssuedAt,
    DateTimeOffset DueAt);
