using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.RecordingMeetings;

/// <summary>A face-to-face or remote meeting, held or missed. A held meeting is the client's own activity.</summary>
[EventMeaning("A coaching meeting was recorded, held or missed.")]
public sealed record MeetingRecorded(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid MeetingId,
    DateTimeOffset PlannedAt,
    MeetingMode Mode,
    MeetingOutcome Outcome,
    [property: Personal(PersonalData.Omitted)] string? Notes,
    [property: Personal(PersonalData.StaffId)] string RecordedBy,
    DateTimeOffset RecordedAt);
