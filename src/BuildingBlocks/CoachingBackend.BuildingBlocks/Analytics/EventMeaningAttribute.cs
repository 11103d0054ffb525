namespace CoachingBackend.BuildingBlocks.Analytics;

/// <summary>
/// Every stored event declares what it means, in one line, and its schema version; with <see cref="PersonalAttribute"/>
/// on each personal field, that is the event's declaration for the analysts' export and event catalogue. An event
/// without one fails the architecture tests: a new event cannot reach analysts undeclared.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EventMeaningAttribute(string meaning) : Attribute
{
    public string Meaning { get; } = meaning;

    /// <summary>Raised when the event's shape changes; older shapes are upcast to it when read.</summary>
    public int SchemaVersion { get; init; } = 1;
}
