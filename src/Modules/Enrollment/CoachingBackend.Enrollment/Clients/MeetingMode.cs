namespace CoachingBackend.Enrollment.Clients;

/// <summary>How a meeting or interview was held.</summary>
public enum MeetingMode { FaceToFace, Remote }
