using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Contracts;
using CoachingBackend.Programs.Materials;
using CoachingBackend.Programs.Programmes;
using CoachingBackend.Programs.Programmes.Drafting;
using CoachingBackend.Programs.Programmes.EditingDraft;
using CoachingBackend.Programs.Programmes.Publishing;
using FluentValidation;

namespace CoachingBackend.UnitTests.Programs;

/// <summary>Given a programme's events and the material bank, when it is drafted, edited, shared or released, then these.</summary>
public sealed class ProgrammeDecisionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();
    private static readonly MaterialRecord SleepGuide = new()
    {
        Id = Guid.CreateVersion7(), Revision = 1, Kind = MaterialKind.Text, Title = "Sleep hygiene basics", Url = null,
        EstimatedMinutes = 10, Themes = [Theme.Sleep],
    };

    private static IReadOnlyDictionary<Guid, MaterialRecord> Bank(params MaterialRecord[] items) => items.ToDictionary(m => m.Id);

    private static DraftActivity WindDown(int week = 1, int? untilWeek = 4, Theme theme = Theme.Sleep, Guid? materialId = null) =>
        new("wind-down", "Screens off an hour before bed", theme, ActivityKind.Task, new ActivityWhen(week, 1, untilWeek), materialId, "21:00");

    private static DraftProgramme Draft(params DraftActivity[] activities) =>
        new("Sleep and recovery", "Evenings first.", 12, [Theme.Sleep, Theme.Recovery], activities);

    private static EditProgrammeDraft Edit(params DraftActivity[] activities) =>
        new("Sleep and recovery", "Evenings first, then recovery.", 12, [Theme.Sleep, Theme.Recovery], activities);

    private static Programme Drafted(IReadOnlyDictionary<Guid, MaterialRecord> bank, params DraftActivity[] activities) =>
        Programme.Create((ProgrammeDrafted)Assert.Single(
            DraftProgramme.Decide(ProgrammeId, Draft(activities), bank, Contexts.As("coach-anna", Monday)).Events));

    private static Programme Then(Programme programme, Decision decision) =>
        decision.Events.Aggregate(programme, (p, e) => e switch
        {
            ProgrammeDraftEdited edited => p.Apply(edited),
            ProgrammeSharedWithCoaches shared => p.Apply(shared),
            ProgrammeReleasedToClients released => p.Apply(released),
            _ => throw new InvalidOperationException(e.GetType().Name),
        });

    private static readonly PublishProgramme ToCoaches = new(PublicationAudience.Coaches, null);
    private static PublishProgramme ToClients(int? version = null) => new(PublicationAudience.Clients, version);

    [Fact]
    public void Drafting_records_the_author_and_the_activities_with_their_reminder_as_a_local_time()
    {
        var decision = DraftProgramme.Decide(ProgrammeId, Draft(WindDown(materialId: SleepGuide.Id)), Bank(SleepGuide),
            Contexts.As("coach-anna", Monday));

        var drafted = Assert.IsType<ProgrammeDrafted>(Assert.Single(decision.Events));
        Assert.Equal(("coach-anna", Monday, 12), (drafted.DraftedBy, drafted.DraftedAt, drafted.LengthWeeks));
        Assert.Equal(new PlannedActivity("wind-down", "Screens off an hour before bed", Theme.Sleep, ActivityKind.Task,
            new ActivityTiming(1, 1, 4), SleepGuide.Id, new TimeOnly(21, 0)), Assert.Single(drafted.Activities));
    }

    [Fact]
    public void An_activity_in_week_13_of_a_12_week_programme_is_refused()
    {
        var refused = Assert.Throws<ValidationException>(() =>
            DraftProgramme.Decide(ProgrammeId, Draft(WindDown(week: 13, untilWeek: null)), Bank(), Contexts.As("coach-anna", Monday)));
        Assert.Equal("activities[0].when.week", Assert.Single(refused.Errors).PropertyName);

        var repeatedTooLong = Assert.Throws<ValidationException>(() =>
            DraftProgramme.Decide(ProgrammeId, Draft(WindDown(week: 10, untilWeek: 13)), Bank(), Contexts.As("coach-anna", Monday)));
        Assert.Equal("activities[0].when.untilWeek", Assert.Single(repeatedTooLong.Errors).PropertyName);
    }

    [Fact]
    public void An_activity_on_a_theme_the_programme_does_not_offer_or_with_an_unknown_material_is_refused()
    {
        var refused = Assert.Throws<ValidationException>(() => DraftProgramme.Decide(ProgrammeId,
            Draft(WindDown(theme: Theme.Eating, materialId: Guid.CreateVersion7())), Bank(), Contexts.As("coach-anna", Monday)));
        Assert.Equal(["activities[0].materialId", "activities[0].theme"], refused.Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public void A_retired_material_item_is_refused_in_a_new_draft()
    {
        var retired = new MaterialRecord { Id = SleepGuide.Id, Revision = 2, Title = SleepGuide.Title, IsRetired = true };
        var refused = Assert.Throws<DomainRuleException>(() => DraftProgramme.Decide(ProgrammeId,
            Draft(WindDown(materialId: retired.Id)), Bank(retired), Contexts.As("coach-anna", Monday)));
        Assert.Equal(ProgrammeProblems.MaterialRetiredRule, refused.Rule);
    }

    [Fact]
    public void Sharing_pins_each_material_at_its_current_revision_as_version_1()
    {
        var programme = Drafted(Bank(SleepGuide), WindDown(materialId: SleepGuide.Id));
        var revised = new MaterialRecord
        {
            Id = SleepGuide.Id, Revision = 3, Kind = MaterialKind.Video, Title = "Sleep hygiene, the video", Url = "https://example.org/sleep",
            EstimatedMinutes = 6, Themes = [Theme.Sleep],
        };

        var decision = PublishProgramme.Decide(programme, ToCoaches, Bank(revised), Contexts.As("coach-anna", Monday.AddDays(1)));

        var shared = Assert.IsType<ProgrammeSharedWithCoaches>(Assert.Single(decision.Events));
        Assert.Equal((1, "coach-anna", Monday.AddDays(1)), (shared.Version, shared.SharedBy, shared.SharedAt));
        Assert.Equal(new PinnedMaterial(SleepGuide.Id, 3, MaterialKind.Video, "Sleep hygiene, the video", "https://example.org/sleep", 6),
            Assert.Single(shared.Activities).Material);
        Assert.Empty(decision.IntegrationEvents);
    }

    [Fact]
    public void A_material_item_retired_since_the_draft_was_edited_stops_the_sharing()
    {
        var programme = Drafted(Bank(SleepGuide), WindDown(materialId: SleepGuide.Id));
        var retired = new MaterialRecord { Id = SleepGuide.Id, Revision = 1, Title = SleepGuide.Title, IsRetired = true };

        Assert.Equal(ProgrammeProblems.MaterialRetiredRule, Assert.Throws<DomainRuleException>(() =>
            PublishProgramme.Decide(programme, ToCoaches, Bank(retired), Contexts.As("coach-anna", Monday))).Rule);
    }

    [Fact]
    public void Releasing_to_clients_before_sharing_with_coaches_is_refused()
    {
        var programme = Drafted(Bank(), WindDown());

        Assert.Equal(ProgrammeProblems.NotReviewedRule, Assert.Throws<DomainRuleException>(() =>
            PublishProgramme.Decide(programme, ToClients(), Bank(), Contexts.As("coach-anna", Monday))).Rule);

        var shared = Then(programme, PublishProgramme.Decide(programme, ToCoaches, Bank(), Contexts.As("coach-anna", Monday)));
        Assert.Equal(ProgrammeProblems.NotReviewedRule, Assert.Throws<DomainRuleException>(() =>
            PublishProgramme.Decide(shared, ToClients(2), Bank(), Contexts.As("coach-anna", Monday))).Rule);
    }

    [Fact]
    public void Releasing_a_shared_version_announces_it_once()
    {
        var programme = Drafted(Bank(), WindDown());
        var shared = Then(programme, PublishProgramme.Decide(programme, ToCoaches, Bank(), Contexts.As("coach-anna", Monday)));

        var decision = PublishProgramme.Decide(shared, ToClients(), Bank(), Contexts.As("admin-1", Monday.AddDays(7), Roles.OrgAdmin));

        Assert.Equal(new ProgrammeReleasedToClients(ProgrammeId, 1, "admin-1", Monday.AddDays(7)), Assert.Single(decision.Events));
        var released = Assert.IsType<ProgrammeReleased>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal(("vantaa", ProgrammeId, 1, "Sleep and recovery", 12, Monday.AddDays(7)),
            (released.TenantId, released.ProgrammeId, released.Version, released.Name, released.LengthWeeks, released.ReleasedAt));
        Assert.Equal(["sleep", "recovery"], released.Themes);

        Assert.True(PublishProgramme.Decide(Then(shared, decision), ToClients(1), Bank(), Contexts.As("coach-anna", Monday)).IsEmpty);
    }

    [Fact]
    public void Editing_after_sharing_prepares_version_2_and_an_unchanged_draft_has_nothing_to_share()
    {
        var programme = Drafted(Bank(), WindDown());
        var shared = Then(programme, PublishProgramme.Decide(programme, ToCoaches, Bank(), Contexts.As("coach-anna", Monday)));
        Assert.Equal(ProgrammeProblems.NothingToShareRule, Assert.Throws<DomainRuleException>(() =>
            PublishProgramme.Decide(shared, ToCoaches, Bank(), Contexts.As("coach-anna", Monday))).Rule);

        var edited = Then(shared, EditProgrammeDraft.Decide(shared, Edit(WindDown(untilWeek: 6)), Bank(), Contexts.As("coach-anna", Monday)));
        var second = PublishProgramme.Decide(edited, ToCoaches, Bank(), Contexts.As("coach-anna", Monday.AddDays(2)));

        var version2 = Assert.IsType<ProgrammeSharedWithCoaches>(Assert.Single(second.Events));
        Assert.Equal((2, "Evenings first, then recovery.", 6), (version2.Version, version2.Description, Assert.Single(version2.Activities).When.UntilWeek));
        Assert.Equal(2, PublishProgramme.VersionMeant(edited, ToCoaches));
    }

    [Fact]
    public void The_same_draft_again_changes_nothing_and_another_coach_may_not_edit()
    {
        var programme = Drafted(Bank(), WindDown());
        var same = new EditProgrammeDraft("Sleep and recovery", "Evenings first.", 12, [Theme.Sleep, Theme.Recovery], [WindDown()]);
        Assert.True(EditProgrammeDraft.Decide(programme, same, Bank(), Contexts.As("coach-anna", Monday)).IsEmpty);

        // Nothing shared yet: to another coach the programme does not exist.
        Assert.Throws<NotFoundException>(() => EditProgrammeDraft.Decide(programme, same, Bank(), Contexts.As("coach-ben", Monday)));
        var shared = Then(programme, PublishProgramme.Decide(programme, ToCoaches, Bank(), Contexts.As("coach-anna", Monday)));
        Assert.Throws<ForbiddenException>(() => EditProgrammeDraft.Decide(shared, Edit(WindDown()), Bank(), Contexts.As("coach-ben", Monday)));
        Assert.Single(EditProgrammeDraft.Decide(shared, Edit(WindDown()), Bank(), Contexts.As("admin-1", Monday, Roles.OrgAdmin)).Events);
    }
}
