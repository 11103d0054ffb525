namespace CoachingBackend.Enrollment.FollowUps;

public enum FollowUpOutcome { Contacted, NotReached, Other }
