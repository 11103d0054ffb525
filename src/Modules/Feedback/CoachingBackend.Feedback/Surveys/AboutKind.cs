namespace CoachingBackend.Feedback.Surveys;

/// <summary>What a survey asks about, besides the service as a whole.</summary>
public enum AboutKind { Meeting, Course, Programme }
