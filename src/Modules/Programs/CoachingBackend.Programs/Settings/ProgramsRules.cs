using CoachingBackend.Programs.Settings.Changing;

namespace CoachingBackend.Programs.Settings;

/// <summary>The write-side state of the settings stream.</summary>
public sealed record ProgramsRules(Guid Id, string TimeZone, int RemindersPerWeek)
{
    public static ProgramsRules Create(JasperFx.Events.IEvent<ProgramsSettingsChanged> e) =>
        new(e.StreamId, e.Data.TimeZone, e.Data.RemindersPerWeek);

    public ProgramsRules Apply(ProgramsSettingsChanged e) => this with { TimeZone = e.TimeZone, RemindersPerWeek = e.RemindersPerWeek };
}
