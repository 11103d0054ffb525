namespace CoachingBackend.Programs.Entries;

/// <summary>What the client wrote down: an activity of their calendar done, a note, how they feel, or a measurement taken by hand.</summary>
public enum EntryKind { ActivityDone, Note, Mood, Measurement }
