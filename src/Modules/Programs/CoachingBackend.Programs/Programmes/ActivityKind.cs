namespace CoachingBackend.Programs.Programmes;

/// <summary>What the client is asked to do on the day.</summary>
public enum ActivityKind { Task, Reading, ExerciseSession, Reflection }
