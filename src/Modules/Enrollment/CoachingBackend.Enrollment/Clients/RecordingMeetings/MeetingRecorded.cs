namespace CoachingBackend.Enrollment.Clients.RecordingMeetings;

/// <summary>A face-to-face or remote meeting, held or missed. A held meeting is the client's own activity.</summary>
public sealed record MeetingRecorded(
    Guid ClientId,
    Guid MeetingId,
    DateTimeOffset PlannedAt,
    MeetingMode Mode,
    MeetingOutcome Outcome,
    string? Notes,
    string RecordedBy,
    DateTimeOffset RecordedAt);
