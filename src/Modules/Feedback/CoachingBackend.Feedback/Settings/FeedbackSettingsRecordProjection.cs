using CoachingBackend.Feedback.Settings.Changing;
using Marten.Events.Aggregation;

namespace CoachingBackend.Feedback.Settings;

/// <summary>The settings' read model, kept in step with their stream in the same transaction.</summary>
public sealed partial class FeedbackSettingsRecordProjection : SingleStreamProjection<FeedbackSettingsRecord, Guid>
{
    public static FeedbackSettingsRecord Create(JasperFx.Events.IEvent<FeedbackSettingsChanged> e)
    {
        var settings = new FeedbackSettingsRecord { Id = e.StreamId };
        Apply(e.Data, settings);
        return settings;
    }

    public static void Apply(FeedbackSettingsChanged e, FeedbackSettingsRecord s)
    {
        s.EndOfCourseSurveys = e.EndOfCourseSurveys;
        s.EndOfServiceSurveys = e.EndOfServiceSurveys;
        s.DueDays = e.DueDays;
        s.ReplyLateDays = e.ReplyLateDays;
        s.ChangedBy = e.ChangedBy;
        s.ChangedAt = e.ChangedAt;
    }
}
