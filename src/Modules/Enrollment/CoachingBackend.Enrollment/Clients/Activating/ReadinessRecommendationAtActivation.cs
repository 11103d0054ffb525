namespace CoachingBackend.Enrollment.Clients.Activating;

public enum ReadinessRecommendationAtActivation { Proceed, TimeOut, Discuss, None }
