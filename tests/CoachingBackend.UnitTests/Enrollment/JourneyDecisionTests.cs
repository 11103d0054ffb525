using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Clients.HearingReadiness;
using CoachingBackend.Enrollment.Clients.InterviewingForIntake;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Coaches.Registering;
using CoachingBackend.Enrollment.Coaches;
using CoachingBackend.Enrollment.FollowUps.Raising;
using CoachingBackend.Enrollment.FollowUps;
using CoachingBackend.Enrollment.Settings;
using CoachingBackend.ReadinessAssessment.Contracts;

namespace CoachingBackend.UnitTests.Enrollment;

/// <summary>Given the journey's events, when a command or time comes, then these events (or this refusal).</summary>
public sealed class JourneyDecisionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.CreateVersion7();
    private static readonly Guid CoachId = Guid.CreateVersion7();

    private static ClientJourney Referred() => ClientJourney.Create(new ClientReferred(ClientId, new PersonName("Aino", "Virtanen"), null,
        new ContactDetails(null, "+358401234567", ContactChannel.Phone), ReferralSource.Self, null, "Sleep", [], Monday));

    private static ClientJourney ReadyToActivate(ReadinessRecommendation? recommendation) => Referred()
        .Apply(new IntakeInterviewHeld(ClientId, Monday, MeetingMode.Remote, [new OpenQuestion("q", "a")], ["g"], "r", CoachingMode.Hybrid, [], "coach", Monday))
        .Apply(new CoachAssigned(ClientId, CoachId, "coach", null, Monday))
        is var journey && recommendation is { } r
            ? journey.Apply(new ReadinessResultRecorded(ClientId, Guid.CreateVersion7(), "readiness-ruler", "sleep", "high", r, "why", true, Monday))
            : journey;

    private static ClientJourney Active(DateTimeOffset at) =>
        ReadyToActivate(ReadinessRecommendation.Proceed).Apply(new ServiceActivated(ClientId, at, DateOnly.FromDateTime(at.UtcDateTime).AddMonths(12), 30,
            ReadinessRecommendationAtActivation.Proceed, null, "coach"));

    [Fact]
    public void A_proceed_recommendation_activates_for_the_organisations_service_period()
    {
        var decision = ActivateService.Decide(ReadyToActivate(ReadinessRecommendation.Proceed), new ActivateService(null),
            new EnrollmentSettingsRecord { ServicePeriodMonths = 12, PassiveAfterDays = 30 }, Contexts.As("coach", Monday));

        var activated = Assert.IsType<ServiceActivated>(Assert.Single(decision.Events));
        Assert.Equal(new DateOnly(2027, 11, 2), activated.EndsOn);
        Assert.Equal(30, activated.PassiveAfterDays);
        Assert.Null(activated.OverrideReason);
    }

    [Theory]
    [InlineData(ReadinessRecommendation.TimeOut)]
    [InlineData(ReadinessRecommendation.Discuss)]
    [InlineData(null)]
    public void Without_proceed_activation_needs_a_reason_which_is_recorded(ReadinessRecommendation? recommendation)
    {
        var journey = ReadyToActivate(recommendation);
        var refused = Assert.Throws<DomainRuleException>(() =>
            ActivateService.Decide(journey, new ActivateService("  "), new EnrollmentSettingsRecord(), Contexts.As("coach", Monday)));
        Assert.Equal(ActivateService.NotProceed, refused.Rule);

        var decision = ActivateService.Decide(journey, new ActivateService(" Motivated "), new EnrollmentSettingsRecord(), Contexts.As("coach", Monday));
        Assert.Equal("Motivated", Assert.IsType<ServiceActivated>(Assert.Single(decision.Events)).OverrideReason);
    }

    [Fact]
    public void An_active_service_is_not_activated_twice()
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            ActivateService.Decide(Active(Monday), new ActivateService(null), new EnrollmentSettingsRecord(), Contexts.As("coach", Monday)));
        Assert.Equal(ActivateService.NotReferred, refused.Rule);
    }

    [Fact]
    public void A_client_passive_for_the_whole_first_month_is_followed_up_once()
    {
        var journey = Active(Monday);
        Assert.Empty(DueFollowUps.Decide(journey, Contexts.As("system:follow-ups", Monday.AddDays(29))).Events);

        var raised = Assert.IsType<FollowUpRaised>(Assert.Single(DueFollowUps.Decide(journey, Contexts.As("system:follow-ups", Monday.AddDays(30))).Events));
        Assert.Equal(FollowUpKind.PassiveClient, raised.Kind);
        Assert.Equal(CoachId, raised.CoachId);
        Assert.Empty(DueFollowUps.Decide(journey.Apply(raised), Contexts.As("system:follow-ups", Monday.AddDays(45))).Events);
    }

    [Fact]
    public void A_client_who_did_something_of_their_own_is_not_passive()
    {
        var journey = Active(Monday).Apply(new CoachingBackend.Enrollment.Clients.HearingActivity.FirstActivityNoted(ClientId, "WatchSynced", Monday.AddDays(3)));
        Assert.Empty(DueFollowUps.Decide(journey, Contexts.As("system:follow-ups", Monday.AddDays(31))).Events);
    }

    [Fact]
    public void A_time_out_past_its_return_by_date_is_followed_up_and_a_resumption_settles_it()
    {
        var onTimeOut = Active(Monday)
            .Apply(new CoachingBackend.Enrollment.Clients.HearingActivity.FirstActivityNoted(ClientId, "x", Monday))
            .Apply(new TimeOutStarted(ClientId, "Exams", new DateOnly(2026, 12, 1), "coach", Monday.AddDays(1)));

        Assert.Empty(DueFollowUps.Decide(onTimeOut, Contexts.As("system:follow-ups", new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero))).Events);
        var raised = Assert.IsType<FollowUpRaised>(Assert.Single(DueFollowUps.Decide(onTimeOut, Contexts.As("system:follow-ups", new DateTimeOffset(2026, 12, 2, 0, 1, 0, TimeSpan.Zero))).Events));
        Assert.Equal(FollowUpKind.TimeOutEnded, raised.Kind);

        var resumed = onTimeOut.Apply(new ServiceResumed(ClientId, null, "coach", Monday.AddDays(20)));
        Assert.Empty(DueFollowUps.Decide(resumed, Contexts.As("system:follow-ups", new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero))).Events);
    }

    [Fact]
    public void Only_an_active_service_can_be_paused_and_only_a_paused_one_resumed()
    {
        Assert.Equal(StartTimeOut.NotActive, Assert.Throws<DomainRuleException>(() =>
            StartTimeOut.Decide(Referred(), new StartTimeOut("x", new DateOnly(2027, 1, 1)), Contexts.As("coach", Monday))).Rule);
        Assert.Equal(ResumeService.NotOnTimeOut, Assert.Throws<DomainRuleException>(() =>
            ResumeService.Decide(Active(Monday), new ResumeService(null), Contexts.As("coach", Monday))).Rule);
    }

    [Fact]
    public void A_full_caseload_takes_no_one_else_and_a_freed_place_can_be_taken()
    {
        var coach = Coach.Create(new CoachRegistered(CoachId, "Anna", "coach-anna", 1, Monday));
        var full = coach.Apply(coach.TakePlace(Guid.NewGuid(), Monday));

        Assert.Equal(Coach.CapacityFull, Assert.Throws<DomainRuleException>(() => full.TakePlace(ClientId, Monday)).Rule);
        var freed = full.Apply(new CaseloadPlaceFreed(CoachId, full.Clients.Single(), "discharged", Monday));
        Assert.Equal(ClientId, freed.TakePlace(ClientId, Monday).ClientId);
    }
}
