namespace CoachingBackend.Programs.Materials;

/// <summary>What a material item is: a text to read, a short tip, a video, a task to do, or a link elsewhere.</summary>
public enum MaterialKind { Text, Tip, Video, Task, Link }
