namespace CoachingBackend.Programs.Measurements;

/// <summary>
/// A client's metric on one day, per source (a watch and a phone both counting steps). Which source's figure is the
/// day's is decided on reading (<see cref="DailyFigure.Choose"/>), so a new preferred order applies to every day at once.
/// Keyed by client, metric and day; indexed on (client, metric, day), so reading a client's 90 days stays one index range.
/// </summary>
public sealed class DailyFigureRecord
{
    public Guid Id { get; set; }
    public Guid ClientId { get; set; }
    public Metric Metric { get; set; }
    public DateOnly Day { get; set; }
    public List<SourceValue> Sources { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    public static Guid KeyOf(Guid clientId, Metric metric, DateOnly day) =>
        CoachingBackend.BuildingBlocks.EventSourcing.StableIds.From("daily-figure", clientId.ToString(), metric.ToString(), day.ToString("O"));
}
