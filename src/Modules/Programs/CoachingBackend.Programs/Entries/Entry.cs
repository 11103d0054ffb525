using CoachingBackend.Programs.Entries.Commenting;
using CoachingBackend.Programs.Entries.Recording;

namespace CoachingBackend.Programs.Entries;

/// <summary>
/// The write-side state of one entry's stream: whose it is, and its version, which names each of its journey entries
/// (a comment is the stream's next version) so that Enrollment records each once.
/// </summary>
public sealed record Entry(Guid Id, Guid ClientId, long Version)
{
    public static Entry Create(EntryRecorded e) => new(e.EntryId, e.ClientId, 1);

    public Entry Apply(EntryCommented e) => this with { Version = Version + 1 };
}
