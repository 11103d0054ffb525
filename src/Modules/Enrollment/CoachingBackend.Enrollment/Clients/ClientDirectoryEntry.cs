namespace CoachingBackend.Enrollment.Clients;

/// <summary>The stream type of a client's directory stream (<see cref="ClientDirectory"/>); no decision reads it.</summary>
public sealed record ClientDirectoryEntry(Guid Id);
