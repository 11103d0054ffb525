namespace CoachingBackend.Enrollment.FollowUps;

public enum FollowUpKind
{
    /// <summary>No activity of the client's own in the first month after activation: contact them.</summary>
    PassiveClient,
    /// <summary>The time-out's return-by date passed without a resumption: contact the client.</summary>
    TimeOutEnded,
    /// <summary>The service period ended while the client is still active: discharge or extend.</summary>
    ServicePeriodEnded,
    /// <summary>A client answered a survey and the coach has not replied in time: "give them feedback too".</summary>
    FeedbackReplyOverdue,
    /// <summary>Another module asked for a follow-up of a kind Enrollment does not name: its reason says what.</summary>
    ModuleRequest,
}
