namespace CoachingBackend.Programs.ClientProgrammes.Calendar;

/// <summary>
/// Where a dated activity stands today: upcoming (later), due (today), done (an entry says so), skipped (the client chose
/// not to do it), missed (its day passed), paused (its day fell in a time-out).
/// </summary>
public enum ActivityState { Upcoming, Due, Done, Skipped, Missed, Paused }
