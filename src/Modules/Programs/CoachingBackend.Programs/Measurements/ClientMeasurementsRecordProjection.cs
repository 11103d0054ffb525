using CoachingBackend.Programs.Challenges;
using CoachingBackend.Programs.Challenges.Setting;
using CoachingBackend.Programs.Measurements.Ingesting;
using CoachingBackend.Programs.Measurements.PreferringSources;
using Marten.Events.Aggregation;

namespace CoachingBackend.Programs.Measurements;

/// <summary>Keeps <see cref="ClientMeasurementsRecord"/> inline from the client's measurement stream.</summary>
public sealed partial class ClientMeasurementsRecordProjection : SingleStreamProjection<ClientMeasurementsRecord, Guid>
{
    public static ClientMeasurementsRecord Create(MeasurementsSynced e) =>
        new() { Id = ClientMeasurements.StreamId(e.ClientId), ClientId = e.ClientId, LastSyncedAt = e.At };

    public static ClientMeasurementsRecord Create(MeasurementSourcesPreferred e) =>
        new() { Id = ClientMeasurements.StreamId(e.ClientId), ClientId = e.ClientId, PreferredSources = [.. e.Order] };

    public static ClientMeasurementsRecord Create(ChallengeSet e)
    {
        var record = new ClientMeasurementsRecord { Id = ClientMeasurements.StreamId(e.ClientId), ClientId = e.ClientId };
        Apply(e, record);
        return record;
    }

    public static void Apply(MeasurementsSynced e, ClientMeasurementsRecord record) => record.LastSyncedAt = e.At;

    public static void Apply(MeasurementSourcesPreferred e, ClientMeasurementsRecord record) => record.PreferredSources = [.. e.Order];

    public static void Apply(ChallengeSet e, ClientMeasurementsRecord record) => record.Challenges.Add(new ChallengeRecord
    {
        Id = e.ChallengeId, Metric = e.Metric, DailyTarget = e.DailyTarget, DaysRequired = e.DaysRequired, WindowDays = e.WindowDays,
        StartsOn = e.StartsOn, SetBy = e.SetBy, SetAt = e.At,
    });

    public static void Apply(ChallengeReached e, ClientMeasurementsRecord record)
    {
        var challenge = record.Challenges.Single(c => c.Id == e.ChallengeId);
        challenge.ReachedOn = e.ReachedOn;
        challenge.ReachedAt = e.At;
    }
}
