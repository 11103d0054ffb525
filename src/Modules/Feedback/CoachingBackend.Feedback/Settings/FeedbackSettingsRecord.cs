using CoachingBackend.BuildingBlocks.EventSourcing;
using Marten;

namespace CoachingBackend.Feedback.Settings;

/// <summary>
/// An organisation's rules for surveys: whether end-of-course and end-of-service surveys go out by themselves (both on
/// by default), how many days a client has to answer (14) and after how many days an unanswered response is the
/// coach's follow-up (7: "if you send a client a survey, give them feedback too").
/// </summary>
public sealed class FeedbackSettingsRecord
{
    public const int DefaultDueDays = 14;
    public const int DefaultReplyLateDays = 7;

    public Guid Id { get; set; }
    public long Version { get; set; }
    public bool EndOfCourseSurveys { get; set; } = true;
    public bool EndOfServiceSurveys { get; set; } = true;
    public int DueDays { get; set; } = DefaultDueDays;
    public int ReplyLateDays { get; set; } = DefaultReplyLateDays;
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>One settings stream per organisation, so its id follows from the organisation.</summary>
    public static Guid StreamId(string tenantId) => StableIds.From("feedback-settings", tenantId);

    /// <summary>The organisation's settings, or the defaults (at version 0) while none are stored.</summary>
    public static async Task<FeedbackSettingsRecord> LoadAsync(IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<FeedbackSettingsRecord>(StreamId(tenantId), ct) ?? new FeedbackSettingsRecord { Id = StreamId(tenantId) };
}
