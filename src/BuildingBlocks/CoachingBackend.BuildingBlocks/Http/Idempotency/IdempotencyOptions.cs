namespace CoachingBackend.BuildingBlocks.Http.Idempotency;

/// <summary><c>Idempotency:RetentionHours</c> (24 by default): how long a key and its answer are kept.</summary>
public sealed class IdempotencyOptions
{
    public double RetentionHours { get; set; } = 24;

    public TimeSpan Retention => TimeSpan.FromHours(RetentionHours);
}
