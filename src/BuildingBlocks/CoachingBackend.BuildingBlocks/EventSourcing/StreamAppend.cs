namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// Events a decision appends to a stream other than the one it decided on: one fetched and locked for the decision,
/// or (<see cref="Locked"/> false) a stream no decision reads, appended to as it is and started when
/// <see cref="NewStreamOf"/> names its type.
/// </summary>
public sealed record StreamAppend(Guid StreamId, IReadOnlyList<object> Events, bool Locked = true, Type? NewStreamOf = null);
