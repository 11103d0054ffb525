using CoachingBackend.Programs.Settings.Changing;
using Marten.Events.Aggregation;

namespace CoachingBackend.Programs.Settings;

/// <summary>The settings' read model, kept in step with their stream in the same transaction.</summary>
public sealed partial class ProgramsSettingsRecordProjection : SingleStreamProjection<ProgramsSettingsRecord, Guid>
{
    public static ProgramsSettingsRecord Create(JasperFx.Events.IEvent<ProgramsSettingsChanged> e)
    {
        var settings = new ProgramsSettingsRecord { Id = e.StreamId };
        Apply(e.Data, settings);
        return settings;
    }

    public static void Apply(ProgramsSettingsChanged e, ProgramsSettingsRecord s)
    {
        s.TimeZone = e.TimeZone;
        s.RemindersPerWeek = e.RemindersPerWeek;
        s.ChangedBy = e.ChangedBy;
        s.ChangedAt = e.ChangedAt;
    }
}
