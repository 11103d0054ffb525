using CoachingBackend.Courses.Settings.Changing;

namespace CoachingBackend.Courses.Settings;

/// <summary>The write-side state of the organisation's courses settings stream.</summary>
public sealed record CoursesRules(Guid Id, int StalledAfterDays)
{
    public static CoursesRules Create(JasperFx.Events.IEvent<CoursesSettingsChanged> e) => new(e.StreamId, e.Data.StalledAfterDays);

    public CoursesRules Apply(CoursesSettingsChanged e) => this with { StalledAfterDays = e.StalledAfterDays };
}
