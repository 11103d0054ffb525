using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Reminders.Sending;

/// <summary>
/// A reminder fell due but was not sent: the client had their reminders for the week (the aim is to help, not to
/// lecture), or its moment had long passed (after a time-out, say). Recorded so that it is not considered again.
/// </summary>
[EventMeaning("A due reminder was not sent (weekly limit reached, or its moment long past).")]
public sealed record ActivityReminderWithheld(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid ActivityId,
    string Reason,
    DateTimeOffset At);
