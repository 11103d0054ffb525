using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// A frozen version of a programme: what coaches review and, once released to clients, what a client's calendar is
/// built from. Immutable once published to coaches, except for the moment it is released to clients.
/// </summary>
public sealed class ProgrammeVersionRecord
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public int Number { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int LengthWeeks { get; set; }
    public IReadOnlyList<Theme> Themes { get; set; } = [];
    public IReadOnlyList<PublishedActivity> Activities { get; set; } = [];
    public string PublishedBy { get; set; } = "";
    public DateTimeOffset SharedWithCoachesAt { get; set; }
    public DateTimeOffset? ReleasedToClientsAt { get; set; }
    public string? ReleasedBy { get; set; }
    /// <summary>How many review comments coaches have left on this version.</summary>
    public int CommentCount { get; set; }

    public bool IsForClients => ReleasedToClientsAt is not null;

    /// <summary>A version's id follows from its programme and number.</summary>
    public static Guid IdOf(Guid programmeId, int number) => StableIds.From("programme-version", programmeId.ToString(), number.ToString());
}
