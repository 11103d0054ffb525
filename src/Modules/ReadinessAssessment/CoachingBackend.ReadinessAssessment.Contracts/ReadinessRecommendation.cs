namespace CoachingBackend.ReadinessAssessment.Contracts;

/// <summary>What the service suggests after a readiness assessment; the coach and client decide.</summary>
public enum ReadinessRecommendation
{
    /// <summary>Start coaching now.</summary>
    Proceed,

    /// <summary>Pause and come back to the change later.</summary>
    TimeOut,

    /// <summary>The signals disagree: the coach talks it through with the client.</summary>
    Discuss,
}
