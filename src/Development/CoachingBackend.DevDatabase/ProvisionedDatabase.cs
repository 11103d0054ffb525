namespace CoachingBackend.DevDatabase;

/// <summary>A PostgreSQL server ready for use; disposing it stops whatever was started for it.</summary>
public sealed class ProvisionedDatabase(string connectionString, string description, IAsyncDisposable? owner)
    : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>Where the server came from, for the start-up log.</summary>
    public string Description { get; } = description;

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
