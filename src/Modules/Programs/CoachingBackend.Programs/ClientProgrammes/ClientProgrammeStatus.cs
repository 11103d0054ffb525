namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>A client's programme runs, is paused by a time-out, or has ended (discharge).</summary>
public enum ClientProgrammeStatus { Running, Paused, Ended }
