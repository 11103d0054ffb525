using System.Text.Json.Serialization;
using Mediator;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// A command on a resource named by the route (a client's journey, a follow-up). The body binds the command; the
/// route's id and If-Match's expected version reach it through <see cref="For"/>, the one way for every command.
/// </summary>
public abstract record RoutedCommand<TResult> : ICommand<TResult>
{
    /// <summary>The id in the route.</summary>
    [JsonIgnore] public Guid TargetId { get; private init; }

    /// <summary>The version in If-Match, null when none was sent.</summary>
    [JsonIgnore] public long? ExpectedVersion { get; private init; }

    /// <summary>A copy of this command (of its own type) aimed at <paramref name="targetId"/>.</summary>
    public TCommand For<TCommand>(Guid targetId, long? expectedVersion) where TCommand : RoutedCommand<TResult> =>
        (TCommand)(this with { TargetId = targetId, ExpectedVersion = expectedVersion });
}
