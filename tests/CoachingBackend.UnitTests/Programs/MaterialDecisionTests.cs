using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Contracts;
using CoachingBackend.Programs.Materials;
using CoachingBackend.Programs.Materials.Adding;
using CoachingBackend.Programs.Materials.Retiring;
using CoachingBackend.Programs.Materials.Revising;
using FluentValidation.TestHelper;

namespace CoachingBackend.UnitTests.Programs;

/// <summary>Given a material item, when it is added, revised or retired, then these events and integration events.</summary>
public sealed class MaterialDecisionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid MaterialId = Guid.CreateVersion7();
    private static readonly CommandContext Coach = Contexts.As("coach-anna", Monday);

    private static AddMaterial Stairs() => new(MaterialKind.Tip, " Take the stairs ", "Two flights a day add up.", null, null,
        [Theme.Exercise, Theme.Exercise], ["everyday-activity"], "en", 2);

    private static ReviseMaterial Revision(string body) => new(MaterialKind.Tip, "Take the stairs", body, null, null,
        [Theme.Exercise], ["everyday-activity"], "en", 2);

    private static Material Added() => Material.Create(Assert.IsType<MaterialAdded>(Assert.Single(AddMaterial.Decide(MaterialId, Stairs(), Coach).Events)));

    [Fact]
    public void Adding_records_revision_1_tidied_and_publishes_it_with_kinds_and_themes_as_the_api_names_them()
    {
        var decision = AddMaterial.Decide(MaterialId, Stairs(), Coach);

        var added = Assert.IsType<MaterialAdded>(Assert.Single(decision.Events));
        Assert.Equal(("Take the stairs", "coach-anna", Monday), (added.Title, added.AddedBy, added.AddedAt));
        Assert.Equal([Theme.Exercise], added.Themes);
        var published = Assert.IsType<MaterialPublished>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal(("vantaa", MaterialId, 1, "tip", "Take the stairs", "Two flights a day add up."),
            (published.TenantId, published.MaterialId, published.Revision, published.Kind, published.Title, published.Body));
        Assert.Equal(["exercise"], published.Themes);
        Assert.Equal(["everyday-activity"], published.Tags);
        Assert.Equal(("en", 2, Monday), (published.Language, published.EstimatedMinutes, published.PublishedAt));
    }

    [Fact]
    public void Revising_makes_the_next_revision_and_publishes_it()
    {
        var decision = ReviseMaterial.Decide(Added(), Revision("Three flights a day add up."), Contexts.As("admin-1", Monday.AddDays(1), Roles.OrgAdmin));

        var revised = Assert.IsType<MaterialContentRevised>(Assert.Single(decision.Events));
        Assert.Equal((2, "Three flights a day add up.", "admin-1"), (revised.Revision, revised.Body, revised.RevisedBy));
        var announced = Assert.IsType<MaterialRevised>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal((2, "Three flights a day add up.", Monday.AddDays(1)), (announced.Revision, announced.Body, announced.RevisedAt));
    }

    [Fact]
    public void Revising_to_what_the_item_already_says_is_a_repeat_that_changes_nothing()
    {
        Assert.Same(Decision.None, ReviseMaterial.Decide(Added(), Revision("Two flights a day add up."), Coach));
    }

    [Fact]
    public void A_retired_item_takes_no_revision()
    {
        var retired = Added().Apply(new MaterialRetiredFromUse(MaterialId, 1, "coach-anna", Monday));

        var refused = Assert.Throws<DomainRuleException>(() => ReviseMaterial.Decide(retired, Revision("New"), Coach));
        Assert.Equal(Material.Retired, refused.Rule);
    }

    [Fact]
    public void Retiring_records_it_at_the_current_revision_and_publishes_the_item_once()
    {
        var revised = Added().Apply(MaterialContentRevised.Of(MaterialId, 2, MaterialContent.From(Revision("Three")), "coach-anna", Monday));

        var decision = RetireMaterial.Decide(revised, new RetireMaterial(), Coach);

        Assert.Equal(new MaterialRetiredFromUse(MaterialId, 2, "coach-anna", Monday), Assert.Single(decision.Events));
        var announced = Assert.IsType<MaterialRetired>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal((2, "Three", Monday), (announced.Revision, announced.Body, announced.RetiredAt));
        Assert.Same(Decision.None, RetireMaterial.Decide(revised.Apply(Assert.IsType<MaterialRetiredFromUse>(decision.Events[0])), new RetireMaterial(), Coach));
    }

    [Fact]
    public void Each_kind_needs_its_own_fields()
    {
        var validator = new AddMaterial.Validator();
        var video = new AddMaterial(MaterialKind.Video, "Stretching", null, null, null, [Theme.Recovery], null, "fi", 10);
        var result = validator.TestValidate(video);
        result.ShouldHaveValidationErrorFor(m => m.Url);
        result.ShouldHaveValidationErrorFor(m => m.DurationSeconds);
        result.ShouldNotHaveValidationErrorFor(m => m.Body);

        var text = new AddMaterial(MaterialKind.Text, "Sleep", " ", "ftp://example.org/x", 60, [], ["Not Kebab"], "finnish", 0);
        var refused = validator.TestValidate(text);
        refused.ShouldHaveValidationErrorFor(m => m.Body);
        refused.ShouldHaveValidationErrorFor(m => m.Url);
        refused.ShouldHaveValidationErrorFor(m => m.DurationSeconds);
        refused.ShouldHaveValidationErrorFor(m => m.Themes);
        refused.ShouldHaveValidationErrorFor("tags[0]");
        refused.ShouldHaveValidationErrorFor(m => m.Language);
        refused.ShouldHaveValidationErrorFor(m => m.EstimatedMinutes);

        Assert.True(validator.Validate(new AddMaterial(MaterialKind.Video, "Stretching", null, "https://videos.example.fi/stretch",
            540, [Theme.Recovery], null, "sv-FI", 10)).IsValid);
    }
}
