namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// How a client moves through a course (the sources' three modes): in any order, in the author's order (a required
/// step unlocks the next), or each step within its own window of time.
/// </summary>
public enum ExecutionMode { FreeFlow, DefinedOrder, TimedWindows }
