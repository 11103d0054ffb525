namespace CoachingBackend.Courses.Enrolments;

/// <summary>
/// Where an enrolment stands: active while the client works through it; completed when every required step is done;
/// not-completed when a timed course's last window closed first; ended when the client left the service.
/// </summary>
public enum EnrolmentStatus { Active, Completed, NotCompleted, Ended }
