namespace CoachingBackend.Enrollment.Clients.RecordingMeetings;

public enum MeetingOutcome { Held, Missed }
