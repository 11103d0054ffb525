namespace CoachingBackend.Feedback.Surveys;

/// <summary>Where a survey is: waiting for the client's answer, answered, or past its due date unanswered.</summary>
public enum SurveyStatus { Open, Answered, Expired }
