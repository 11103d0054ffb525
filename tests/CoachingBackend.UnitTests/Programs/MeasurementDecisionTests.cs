using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Pipeline;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.Challenges;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Measurements;
using CoachingBackend.Programs.Measurements.Ingesting;
using CoachingBackend.Programs.Settings;
using FluentValidation;

namespace CoachingBackend.UnitTests.Programs;

/// <summary>Given what is on file, when a batch arrives, then these items, daily figures, events and journey entries.</summary>
public sealed class MeasurementDecisionTests
{
    static MeasurementDecisionTests() => ValidationNames.UseJsonPaths();

    // Wednesday 4 November 2026, 10:00 in Helsinki.
    private static readonly DateTimeOffset Now = new(2026, 11, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 4);
    private static readonly Guid ClientId = Guid.CreateVersion7();
    private static readonly CommandContext Gateway = Contexts.As("gateway-1", Now, Roles.Integration);
    private static readonly ProgramsSettingsRecord Settings = new();

    private static KnownClient Client(ServiceStatus status = ServiceStatus.Active) =>
        new() { Id = ClientId, Status = status, ReferredAt = Now.AddDays(-30) };

    private static MeasurementItemInput Steps(DateOnly day, decimal value, string source = "garmin:fenix-7:ab12") =>
        new(Metric.Steps, value, null, day, null, null, source, null);

    private static IngestMeasurements Batch(params MeasurementItemInput[] items) => new IngestMeasurements(items).For<IngestMeasurements>(ClientId, null);

    private static readonly MeasurementsOnFile Nothing = new(new Dictionary<Guid, MeasurementItem>(), new Dictionary<Guid, DailyFigureRecord>(), 0);

    private static MeasurementsOnFile OnFile(Decision decision) => new(
        decision.Upserts.OfType<MeasurementItem>().ToDictionary(i => i.Id), decision.Upserts.OfType<DailyFigureRecord>().ToDictionary(d => d.Id), 0);

    [Fact]
    public void A_new_batch_stores_its_items_and_the_days_figures_with_one_synced_event_and_one_journey_entry()
    {
        var decision = IngestMeasurements.Decide(null, Batch(Steps(Today.AddDays(-2), 8000), Steps(Today.AddDays(-1), 9000)), Client(), Nothing, Settings, Gateway);

        var synced = Assert.IsType<MeasurementsSynced>(Assert.Single(decision.Events));
        Assert.Equal((2, 0, 0), (synced.New, synced.Corrected, synced.Unchanged));
        Assert.Equal(2, decision.Upserts.OfType<MeasurementItem>().Count());
        Assert.Equal(2, decision.Upserts.OfType<DailyFigureRecord>().Count());
        var entry = Assert.IsType<JourneyEntryContributed>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal(("Synced 2 items: steps; 2026-11-02 – 2026-11-03", true, 1L), (entry.Summary, entry.IsClientsOwnDoing, entry.SourceVersion));
    }

    [Fact]
    public void The_same_batch_again_decides_nothing_and_another_value_is_a_correction()
    {
        var first = IngestMeasurements.Decide(null, Batch(Steps(Today.AddDays(-1), 8000)), Client(), Nothing, Settings, Gateway);

        Assert.Same(Decision.None, IngestMeasurements.Decide(null, Batch(Steps(Today.AddDays(-1), 8000)), Client(), OnFile(first), Settings, Gateway));
        var corrected = IngestMeasurements.Decide(null, Batch(Steps(Today.AddDays(-1), 8500)), Client(), OnFile(first), Settings, Gateway);
        Assert.Equal(1, Assert.IsType<MeasurementsSynced>(Assert.Single(corrected.Events)).Corrected);
        var item = Assert.Single(corrected.Upserts.OfType<MeasurementItem>());
        Assert.Equal((8500m, 1, 8000m), (item.Value, item.Corrections, item.PreviousValue));
    }

    [Fact]
    public void Two_sources_of_a_day_are_kept_apart_and_the_highest_wins_unless_an_order_is_preferred()
    {
        var decision = IngestMeasurements.Decide(null, Batch(Steps(Today, 9000), Steps(Today, 4000, "apple:iphone-15")), Client(), Nothing, Settings, Gateway);

        var day = Assert.Single(decision.Upserts.OfType<DailyFigureRecord>());
        Assert.Equal(2, day.Sources.Count);
        Assert.Equal((9000m, "garmin:fenix-7:ab12"), (DailyFigure.Choose(day, [])!.Value, DailyFigure.Choose(day, [])!.Source));
        Assert.Equal(4000m, DailyFigure.Choose(day, ["apple"])!.Value);
        Assert.Equal(9000m, DailyFigure.Choose(day, ["fitbit", "garmin:fenix-7:ab12"])!.Value);
    }

    [Fact]
    public void Days_in_the_future_or_before_the_referral_are_refused_by_item_and_a_closed_journey_refuses_all()
    {
        var refused = Assert.Throws<ValidationException>(() => IngestMeasurements.Decide(null,
            Batch(Steps(Today, 1), Steps(Today.AddDays(1), 1), Steps(Today.AddDays(-31), 1)), Client(), Nothing, Settings, Gateway));
        Assert.Equal(["items[1].day", "items[2].day"], refused.Errors.Select(e => e.PropertyName));

        var closed = Assert.Throws<DomainRuleException>(() => IngestMeasurements.Decide(null, Batch(Steps(Today, 1)), Client(ServiceStatus.Left),
            Nothing, Settings, Gateway));
        Assert.Equal(ClientProblems.JourneyClosedRule, closed.Rule);
    }

    [Fact]
    public void A_late_day_that_completes_a_challenge_reaches_it_and_notifies_within_the_weekly_cap()
    {
        var state = new ClientMeasurements
        {
            Id = ClientMeasurements.StreamId(ClientId), ClientId = ClientId, Version = 4,
            Challenges = [new Challenge(Guid.CreateVersion7(), Metric.Steps, 7000, 2, 3, Today.AddDays(-6), null)],
        };
        var first = IngestMeasurements.Decide(state, Batch(Steps(Today.AddDays(-6), 8000)), Client(), Nothing, Settings, Gateway);
        Assert.Single(first.Events);

        var late = IngestMeasurements.Decide(state, Batch(Steps(Today.AddDays(-5), 7000)), Client(), OnFile(first), Settings, Gateway);
        var reached = Assert.IsType<ChallengeReached>(late.Events[1]);
        Assert.Equal((Today.AddDays(-5), 2), (reached.ReachedOn, reached.DaysMet));
        Assert.IsType<ChallengeNotificationSent>(late.Events[2]);
        Assert.Equal([5L, 6L], late.IntegrationEvents.OfType<JourneyEntryContributed>().Select(e => e.SourceVersion));

        var capped = IngestMeasurements.Decide(state, Batch(Steps(Today.AddDays(-5), 7000)), Client(), OnFile(first) with { NotificationsThisWeek = 3 },
            Settings, Gateway);
        Assert.DoesNotContain(capped.Events, e => e is ChallengeNotificationSent);
        Assert.Contains(capped.Events, e => e is ChallengeReached);
    }

    [Fact]
    public void Implausible_values_and_unknown_units_are_refused_by_the_validator_keyed_by_item()
    {
        var result = new IngestMeasurements.Validator().Validate(new IngestMeasurements([
            Steps(Today, 5000), Steps(Today, 100_001), new(Metric.RestingHeartRate, 19, null, Today, null, null, "w", null),
            new(Metric.Weight, 180, "lb", Today, null, null, "w", null), new(Metric.Weight, 80, "stone", Today, null, null, "w", null),
        ]));
        Assert.Equal(["items[1].value", "items[2].value", "items[4].unit"], result.Errors.Select(e => e.PropertyName).Distinct());
    }
}
