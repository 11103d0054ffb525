namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>A time-out in the client's calendar: from the day it began until the day the client resumed (open while it lasts).</summary>
public sealed record PausePeriod(DateOnly From, DateOnly? Until)
{
    public bool Covers(DateOnly day) => From <= day && (Until is null || day < Until);
}
