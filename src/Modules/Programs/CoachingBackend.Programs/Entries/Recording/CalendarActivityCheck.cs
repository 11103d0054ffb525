namespace CoachingBackend.Programs.Entries.Recording;

/// <summary>
/// What the client's calendar says of the activity an activity-done entry names, read by the handler and given to the
/// decider. Until client calendars exist the handler passes <see cref="NotChecked"/> and the link is recorded as given.
/// </summary>
public enum CalendarActivityCheck
{
    /// <summary>No calendar to ask (yet), or the entry names no activity.</summary>
    NotChecked,
    /// <summary>An activity of this client's own calendar.</summary>
    TheClients,
    /// <summary>No activity of this client's calendar (unknown, or another client's): refused, naming calendarActivityId.</summary>
    NotTheClients,
}
