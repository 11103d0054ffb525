namespace CoachingBackend.Courses.Enrolments;

/// <summary>A step as the client finds it now: not yet to be done (locked), to be done (open), done, or past doing (closed).</summary>
public enum StepState { Locked, Open, Done, Closed }
