namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// A decision's state together with other streams fetched for it under an exclusive lock (coaches' caseloads while
/// a place is taken): no one else writes to them until the decision commits, so a capacity rule cannot be raced.
/// </summary>
public sealed record LockedStreams<TState, TOther>(TState State, IReadOnlyDictionary<Guid, TOther> Others) where TOther : class
{
    /// <summary>The other stream's current state, or null when it does not exist in the organisation.</summary>
    public TOther? Other(Guid id) => Others.GetValueOrDefault(id);
}
