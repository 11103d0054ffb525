namespace CoachingBackend.Programs.Reminders;

/// <summary>
/// A notification in the client's feed: a reminder of an activity of their calendar, or a challenge reached (then
/// <see cref="ClientProgrammeId"/> and <see cref="ActivityId"/> are empty). Both count against the weekly cap.
/// </summary>
public sealed class NotificationRecord
{
    public Guid Id { get; set; }
    public Guid ClientId { get; set; }
    public NotificationKind Kind { get; set; }
    public Guid? ChallengeId { get; set; }
    public Guid ClientProgrammeId { get; set; }
    public Guid ActivityId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly On { get; set; }
    public TimeOnly RemindAt { get; set; }
    /// <summary>The Monday of the activity's (or the reached day's) week: the cap counts notifications per week.</summary>
    public DateOnly Week { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
