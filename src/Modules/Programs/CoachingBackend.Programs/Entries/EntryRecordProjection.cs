using CoachingBackend.Programs.Entries.Commenting;
using CoachingBackend.Programs.Entries.Recording;
using Marten.Events.Aggregation;

namespace CoachingBackend.Programs.Entries;

/// <summary>Keeps <see cref="EntryRecord"/> in step with its stream, in the same transaction.</summary>
public sealed partial class EntryRecordProjection : SingleStreamProjection<EntryRecord, Guid>
{
    public static EntryRecord Create(EntryRecorded e) => new()
    {
        Id = e.EntryId, ClientId = e.ClientId, Kind = e.Kind, Summary = EntrySummary.Of(e.Kind, e.Mood, e.Measurement),
        Text = e.Text, Mood = e.Mood, Measurement = e.Measurement, CalendarActivityId = e.CalendarActivityId,
        OccurredAt = e.OccurredAt, RecordedAt = e.RecordedAt, RecordedBy = e.RecordedBy, AwaitsCoachComment = true,
    };

    public static void Apply(EntryCommented e, EntryRecord entry)
    {
        entry.Comments.Add(new EntryComment(e.CommentId, e.Author, e.By, e.Text, e.At));
        if (e.Author != CommentAuthor.Coach || entry.FirstCoachCommentAt is not null) return;
        entry.FirstCoachCommentAt = e.At;
        entry.AwaitsCoachComment = false;
    }
}
