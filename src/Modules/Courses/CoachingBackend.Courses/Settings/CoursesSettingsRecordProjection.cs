using CoachingBackend.Courses.Settings.Changing;
using Marten.Events.Aggregation;

namespace CoachingBackend.Courses.Settings;

/// <summary>The settings' read model, kept in step with their stream in the same transaction.</summary>
public sealed partial class CoursesSettingsRecordProjection : SingleStreamProjection<CoursesSettingsRecord, Guid>
{
    public static CoursesSettingsRecord Create(JasperFx.Events.IEvent<CoursesSettingsChanged> e)
    {
        var settings = new CoursesSettingsRecord { Id = e.StreamId };
        Apply(e.Data, settings);
        return settings;
    }

    public static void Apply(CoursesSettingsChanged e, CoursesSettingsRecord s)
    {
        s.StalledAfterDays = e.StalledAfterDays;
        s.ChangedBy = e.ChangedBy;
        s.ChangedAt = e.ChangedAt;
    }
}
