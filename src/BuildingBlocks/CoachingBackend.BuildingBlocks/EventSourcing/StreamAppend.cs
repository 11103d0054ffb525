namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>Events a decision appends to a stream other than the one it decided on.</summary>
public sealed record StreamAppend(Guid StreamId, IReadOnlyList<object> Events);
