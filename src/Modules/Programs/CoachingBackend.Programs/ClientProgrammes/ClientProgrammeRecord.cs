using CoachingBackend.Programs.Content;
using Marten.Metadata;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>A client's programme as its calendar and lists show it (<see cref="ClientProgrammeRecordProjection"/>).</summary>
public sealed class ClientProgrammeRecord : ITenanted
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    /// <summary>Set by Marten: the reminder scan reads every organisation's due programmes at once.</summary>
    public string? TenantId { get; set; }
    public Guid ClientId { get; set; }
    public Guid ProgrammeId { get; set; }
    public string ProgrammeName { get; set; } = "";
    public int ProgrammeVersion { get; set; }
    public IReadOnlyList<Theme> Themes { get; set; } = [];
    public DateOnly StartsOn { get; set; }
    public string TimeZone { get; set; } = "";
    public ClientProgrammeStatus Status { get; set; }
    public DateOnly? EndedOn { get; set; }
    public IReadOnlyList<PausePeriod> Pauses { get; set; } = [];
    public IReadOnlyList<CalendarActivity> Activities { get; set; } = [];
    public string StartedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    /// <summary>When the next reminder falls due (null: none will, or the programme is paused or ended).</summary>
    public DateTimeOffset? NextReminderAt { get; set; }
}
