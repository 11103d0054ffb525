namespace CoachingBackend.Enrollment.Clients.TakingTimeOut;

/// <summary>The service paused (aikalisä): the client returns by <see cref="ReturnBy"/>, or is followed up.</summary>
public sealed record TimeOutStarted(Guid ClientId, string Reason, DateOnly ReturnBy, string StartedBy, DateTimeOffset StartedAt);
