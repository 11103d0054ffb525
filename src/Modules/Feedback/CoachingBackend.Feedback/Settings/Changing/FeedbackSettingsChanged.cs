using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Feedback.Settings.Changing;

/// <summary>An org-admin changed the organisation's feedback settings. The settings' own stream is their audit trail.</summary>
[EventMeaning("An org-admin changed when surveys go out by themselves, how long clients have to answer and when a reply is late.")]
public sealed record FeedbackSettingsChanged(
    bool EndOfCourseSurveys,
    bool EndOfServiceSurveys,
    int DueDays,
    int ReplyLateDays,
    [property: Personal(PersonalData.StaffId)] string ChangedBy,
    DateTimeOffset ChangedAt);
