using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Entries.Commenting;

/// <summary>The coach commented on a client's entry, or the client replied.</summary>
[EventMeaning("A coach commented on a client's entry, or the client replied.")]
public sealed record EntryCommented(
    Guid EntryId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid CommentId,
    CommentAuthor Author,
    [property: Personal(PersonalData.Omitted)] string By,
    [property: Personal(PersonalData.Omitted)] string Text,
    DateTimeOffset At);
