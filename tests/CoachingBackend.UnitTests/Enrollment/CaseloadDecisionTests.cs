using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.HearingModules;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Clients.InterviewingForIntake;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.Settings;
using CoachingBackend.Enrollment.Coaches;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Enrollment.FollowUps;
using CoachingBackend.Enrollment.FollowUps.Completing;
using CoachingBackend.Enrollment.FollowUps.Raising;
using FluentValidation;

namespace CoachingBackend.UnitTests.Enrollment;

/// <summary>Given the journey and the coaches' caseloads, when a coach is assigned or the client discharged, then these.</summary>
public sealed class CaseloadDecisionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.CreateVersion7();
    private static readonly Coach Anna = new(Guid.CreateVersion7(), "coach-anna", 2, []);
    private static readonly Coach Ben = new(Guid.CreateVersion7(), "coach-ben", 1, []);

    private static ClientJourney Referred() => ClientJourney.Create(new ClientReferred(ClientId, new PersonName("Aino", "Virtanen"), null,
        new ContactDetails(null, "+358401234567", ContactChannel.Phone), ReferralSource.Self, null, "Sleep", [], Monday));

    private static ClientJourney WithCoach(Coach coach) => Referred().Apply(new CoachAssigned(ClientId, coach.Id, coach.UserId, null, Monday));

    private static LockedStreams<ClientJourney, Coach> Locked(ClientJourney journey, params Coach[] caseloads) =>
        new(journey, caseloads.ToDictionary(c => c.Id));

    private static AssignCoach Assign(Coach coach) => new(coach.Id);

    [Fact]
    public void Assigning_from_the_pool_takes_a_place_and_announces_the_responsible_coach()
    {
        var decision = AssignCoach.Decide(Locked(Referred(), Anna), Assign(Anna), Contexts.As("admin-1", Monday, Roles.OrgAdmin));

        var assigned = Assert.IsType<CoachAssigned>(Assert.Single(decision.Events));
        Assert.Equal((Anna.Id, "coach-anna", (Guid?)null), (assigned.CoachId, assigned.CoachUserId, assigned.PreviousCoachId));
        var taken = Assert.Single(decision.OtherStreams, s => s.Locked);
        Assert.Equal(Anna.Id, taken.StreamId);
        Assert.Equal(new CaseloadPlaceTaken(Anna.Id, ClientId, Monday), Assert.Single(taken.Events));
        var announced = Assert.IsType<ResponsibleCoachChanged>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal(("vantaa", ClientId, "coach-anna"), (announced.TenantId, announced.ClientId, announced.CoachUserId));
        // Recorded on the client's directory too, for the other modules' copies in this same transaction.
        var directory = Assert.Single(decision.OtherStreams, s => !s.Locked);
        Assert.Equal(ClientDirectory.StreamOf(ClientId), directory.StreamId);
        Assert.Same(announced, Assert.Single(directory.Events));
    }

    [Fact]
    public void A_reassignment_frees_the_previous_coachs_place()
    {
        var decision = AssignCoach.Decide(Locked(WithCoach(Anna), Anna, Ben), Assign(Ben), Contexts.As("admin-1", Monday, Roles.OrgAdmin));

        Assert.Equal(Anna.Id, Assert.IsType<CoachAssigned>(Assert.Single(decision.Events)).PreviousCoachId);
        var caseloads = decision.OtherStreams.Where(s => s.Locked).ToList();
        Assert.Equal([Ben.Id, Anna.Id], caseloads.Select(s => s.StreamId));
        Assert.Equal(new CaseloadPlaceFreed(Anna.Id, ClientId, "reassigned", Monday), Assert.Single(caseloads[1].Events));
    }

    [Fact]
    public void A_full_caseload_refuses_the_assignment_and_the_same_coach_again_changes_nothing()
    {
        var full = Ben with { Clients = [Guid.CreateVersion7()] };
        Assert.Equal(Coach.CapacityFull, Assert.Throws<DomainRuleException>(() =>
            AssignCoach.Decide(Locked(Referred(), full), Assign(full), Contexts.As("admin-1", Monday, Roles.OrgAdmin))).Rule);

        Assert.True(AssignCoach.Decide(Locked(WithCoach(Anna), Anna), Assign(Anna), Contexts.As("admin-1", Monday, Roles.OrgAdmin)).IsEmpty);
    }

    [Fact]
    public void A_coach_not_in_the_organisation_is_a_field_error()
    {
        var refused = Assert.Throws<ValidationException>(() =>
            AssignCoach.Decide(Locked(Referred()), new AssignCoach(Guid.CreateVersion7()), Contexts.As("admin-1", Monday, Roles.OrgAdmin)));
        Assert.Equal("coachId", Assert.Single(refused.Errors).PropertyName);
    }

    [Fact]
    public void A_discharge_frees_the_place_closes_open_follow_ups_and_announces_the_leaving()
    {
        var active = WithCoach(Anna).Apply(new ServiceActivated(ClientId, Monday, new DateOnly(2027, 11, 2), 30,
            ReadinessRecommendationAtActivation.Proceed, null, "coach-anna"));
        var due = DueFollowUps.Decide(active, Contexts.As("system:follow-ups", Monday.AddDays(31)));
        var journey = active.Apply((FollowUpRaised)Assert.Single(due.Events));

        var decision = DischargeClient.Decide(Locked(journey, Anna), new DischargeClient(DischargeReason.Completed, " Done. "),
            Contexts.As("coach-anna", Monday.AddDays(40)));

        Assert.Equal([typeof(ClientDischarged), typeof(FollowUpCompleted)], decision.Events.Select(e => e.GetType()));
        Assert.Equal("Done.", ((ClientDischarged)decision.Events[0]).Summary);
        Assert.Equal(new CaseloadPlaceFreed(Anna.Id, ClientId, "discharged", Monday.AddDays(40)),
            Assert.Single(Assert.Single(decision.OtherStreams, s => s.Locked).Events));
        var left = Assert.IsType<ClientLeftService>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal("completed", left.Reason);
        Assert.Same(left, Assert.Single(Assert.Single(decision.OtherStreams, s => !s.Locked).Events));
    }

    [Fact]
    public void Only_the_responsible_coach_or_an_org_admin_discharges_not_a_coach_of_the_intake_pool()
    {
        Assert.Throws<ForbiddenException>(() => DischargeClient.Decide(Locked(WithCoach(Anna), Anna),
            new DischargeClient(DischargeReason.Moved, "Moved away."), Contexts.As("coach-ben", Monday)));
        Assert.Throws<ForbiddenException>(() => DischargeClient.Decide(Locked(Referred()),
            new DischargeClient(DischargeReason.Moved, "Moved away."), Contexts.As("coach-ben", Monday)));
        // Nothing to free for a client who never had a coach.
        Assert.DoesNotContain(DischargeClient.Decide(Locked(Referred()), new DischargeClient(DischargeReason.Moved, "Moved away."),
            Contexts.As("admin-1", Monday, Roles.OrgAdmin)).OtherStreams, s => s.Locked);
    }

    [Fact]
    public void A_follow_up_is_completed_once()
    {
        var journey = Referred().Apply(new FollowUpRaised(ClientId, Guid.CreateVersion7(), FollowUpKind.PassiveClient, null, "why", Monday, Monday));
        var followUpId = journey.OpenFollowUps.Single();
        var complete = new CompleteFollowUp(FollowUpOutcome.Contacted, null).For<CompleteFollowUp>(followUpId, null);

        var completed = Assert.IsType<FollowUpCompleted>(Assert.Single(CompleteFollowUp.Decide(journey, complete, Contexts.As("coach-anna", Monday)).Events));
        Assert.Equal(CompleteFollowUp.AlreadyCompleted, Assert.Throws<DomainRuleException>(() =>
            CompleteFollowUp.Decide(journey.Apply(completed), complete, Contexts.As("coach-anna", Monday))).Rule);
    }

    [Fact]
    public void A_referral_starts_the_clients_directory_with_its_announcement()
    {
        var decision = ReferClient.Decide(ClientId, new ReferClient(new PersonName("Aino", "Virtanen"), null,
            new ContactDetails(null, "+358401234567", ContactChannel.Phone), ReferralSource.Self, null, "Sleep", null), Contexts.As("referrer", Monday));

        var directory = Assert.Single(decision.OtherStreams);
        Assert.Equal((ClientDirectory.StreamOf(ClientId), false, typeof(ClientDirectoryEntry)), (directory.StreamId, directory.Locked, directory.NewStreamOf));
        Assert.Same(Assert.Single(decision.IntegrationEvents), Assert.Single(directory.Events));
    }

    [Fact]
    public void Another_modules_entry_is_recorded_once_even_on_a_closed_journey()
    {
        var entry = new JourneyEntryContributed("vantaa", ClientId, "courses", "step-completed", "Finished step 2 of Sleep well.",
            Guid.CreateVersion7(), 5, Monday, IsClientsOwnDoing: true);
        var closed = Referred().Apply(new ClientDischarged(ClientId, DischargeReason.Completed, "Done.", null, "admin-1", Monday));

        var recorded = Assert.IsType<ModuleEntryRecorded>(
            Assert.Single(JourneyEntryContributedHandler.Decide(closed, entry, Contexts.As("system:courses", Monday)).Events));
        Assert.Equal((entry.SourceStream, 5L, "Finished step 2 of Sleep well."), (recorded.SourceStream, recorded.SourceVersion, recorded.Summary));
        Assert.True(JourneyEntryContributedHandler.Decide(closed.Apply(recorded), entry,
            Contexts.As("system:courses", Monday)).IsEmpty);
    }

    [Fact]
    public void Activation_time_out_and_resumption_are_announced_for_the_other_modules_copies()
    {
        var ready = WithCoach(Anna).Apply(new IntakeInterviewHeld(ClientId, Monday, MeetingMode.Remote,
            [new OpenQuestion("q", "a")], ["g"], "r", CoachingMode.Hybrid, [], "coach-anna", Monday));
        var activation = ActivateService.Decide(ready, new ActivateService("Assessed on paper."),
            new EnrollmentSettingsRecord { ServicePeriodMonths = 12 }, Contexts.As("coach-anna", Monday));
        Assert.Equal(new ClientServiceActivated("vantaa", ClientId, Monday, new DateOnly(2027, 11, 2)), Assert.Single(activation.IntegrationEvents));

        var active = ready.Apply((ServiceActivated)Assert.Single(activation.Events));
        var timeOut = StartTimeOut.Decide(active,
            new StartTimeOut("Exams", new DateOnly(2026, 12, 1)), Contexts.As("coach-anna", Monday));
        Assert.Equal(new ClientTimeOutStarted("vantaa", ClientId, new DateOnly(2026, 12, 1), Monday), Assert.Single(timeOut.IntegrationEvents));

        var resumed = ResumeService.Decide(active.Apply((TimeOutStarted)Assert.Single(timeOut.Events)),
            new ResumeService(null), Contexts.As("coach-anna", Monday.AddDays(7)));
        Assert.Equal(new ClientServiceResumed("vantaa", ClientId, Monday.AddDays(7)), Assert.Single(resumed.IntegrationEvents));
        Assert.All([activation, timeOut, resumed], d => Assert.Equal(ClientDirectory.StreamOf(ClientId), Assert.Single(d.OtherStreams).StreamId));
    }
}
