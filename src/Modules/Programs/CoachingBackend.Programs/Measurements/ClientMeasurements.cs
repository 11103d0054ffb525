using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.Challenges;
using CoachingBackend.Programs.Challenges.Setting;
using CoachingBackend.Programs.Measurements.Ingesting;
using CoachingBackend.Programs.Measurements.PreferringSources;

namespace CoachingBackend.Programs.Measurements;

/// <summary>
/// The write model of a client's wearable data, one stream per client: the preferred source order and the challenges.
/// Every ingest appends one event here, so two batches for one client are serialised by the stream's version while
/// batches of different clients never wait on each other. Kept as an inline snapshot (ADR 15).
/// </summary>
public sealed class ClientMeasurements
{
    public Guid Id { get; set; }
    /// <summary>The stream's version (set by Marten): the journey entries' source version follows from it.</summary>
    public long Version { get; set; }
    public Guid ClientId { get; set; }
    public IReadOnlyList<string> PreferredSources { get; set; } = [];
    public IReadOnlyList<Challenge> Challenges { get; set; } = [];

    public static Guid StreamId(Guid clientId) => StableIds.From("client-measurements", clientId.ToString());

    public static ClientMeasurements Create(MeasurementsSynced e) => new() { Id = StreamId(e.ClientId), ClientId = e.ClientId };

    public static ClientMeasurements Create(MeasurementSourcesPreferred e) =>
        new() { Id = StreamId(e.ClientId), ClientId = e.ClientId, PreferredSources = e.Order };

    public static ClientMeasurements Create(ChallengeSet e)
    {
        var state = new ClientMeasurements { Id = StreamId(e.ClientId), ClientId = e.ClientId };
        state.Apply(e);
        return state;
    }

    public void Apply(MeasurementsSynced e)
    {
    }

    public void Apply(MeasurementSourcesPreferred e) => PreferredSources = e.Order;

    public void Apply(ChallengeSet e) => Challenges =
        [.. Challenges, new Challenge(e.ChallengeId, e.Metric, e.DailyTarget, e.DaysRequired, e.WindowDays, e.StartsOn, null)];

    public void Apply(ChallengeReached e) =>
        Challenges = [.. Challenges.Select(c => c.Id == e.ChallengeId ? c with { ReachedOn = e.ReachedOn } : c)];

    public void Apply(CoachingBackend.Programs.Reminders.Reading.NotificationRead e)
    {
    }

    public void Apply(ChallengeNotificationSent e)
    {
    }
}
