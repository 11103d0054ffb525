namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// What a decider decided: the events to append to the stream, and the integration events other modules
/// should hear about once (and only if) those events are committed.
/// </summary>
public sealed record Decision(IReadOnlyList<object> Events, IReadOnlyList<object> IntegrationEvents)
{
    public static Decision Of(params object[] events) => new(events, []);

    public Decision Publishing(params object[] integrationEvents) =>
        this with { IntegrationEvents = [.. IntegrationEvents, .. integrationEvents] };
}
