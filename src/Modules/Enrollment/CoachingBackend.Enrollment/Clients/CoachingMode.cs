namespace CoachingBackend.Enrollment.Clients;

/// <summary>How the client prefers to be coached; the hybrid model mixes both.</summary>
public enum CoachingMode { FaceToFace, Remote, Hybrid }
