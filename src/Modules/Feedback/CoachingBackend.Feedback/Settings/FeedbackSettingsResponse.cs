namespace CoachingBackend.Feedback.Settings;

public sealed record FeedbackSettingsResponse(
    bool EndOfCourseSurveys, bool EndOfServiceSurveys, int DueDays, int ReplyLateDays, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static FeedbackSettingsResponse From(FeedbackSettingsRecord s) =>
        new(s.EndOfCourseSurveys, s.EndOfServiceSurveys, s.DueDays, s.ReplyLateDays, s.ChangedBy, s.ChangedAt);
}
