using CoachingBackend.Feedback.Settings.Changing;

namespace CoachingBackend.Feedback.Settings;

/// <summary>The write-side state of the organisation's feedback settings stream.</summary>
public sealed record FeedbackRules(Guid Id, bool EndOfCourseSurveys, bool EndOfServiceSurveys, int DueDays, int ReplyLateDays)
{
    public static FeedbackRules Create(JasperFx.Events.IEvent<FeedbackSettingsChanged> e) =>
        new(e.StreamId, e.Data.EndOfCourseSurveys, e.Data.EndOfServiceSurveys, e.Data.DueDays, e.Data.ReplyLateDays);

    public FeedbackRules Apply(FeedbackSettingsChanged e) => this with
    {
        EndOfCourseSurveys = e.EndOfCourseSurveys, EndOfServiceSurveys = e.EndOfServiceSurveys, DueDays = e.DueDays, ReplyLateDays = e.ReplyLateDays,
    };
}
