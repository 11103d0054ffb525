namespace CoachingBackend.Programs.Settings;

// Placeholder until the settings use cases land; replaced by the real record on merge.
public sealed class ProgramsSettingsRecord
{
    public Guid Id { get; set; }
    public string TimeZone { get; set; } = "Europe/Helsinki";
    public int RemindersPerWeek { get; set; } = 3;

    public static Task<ProgramsSettingsRecord> LoadAsync(Marten.IQuerySession session, string tenantId, CancellationToken ct) =>
        Task.FromResult(new ProgramsSettingsRecord());
}
