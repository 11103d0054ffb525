namespace CoachingBackend.Feedback.Surveys;

/// <summary>Why the survey went out: the coach sent it, or a course or the service came to its end.</summary>
public enum SurveyTrigger { Manual, CourseCompleted, ServiceCompleted }
