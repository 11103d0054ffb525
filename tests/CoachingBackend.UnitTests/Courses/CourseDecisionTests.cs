using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Courses.Content;
using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Definitions.Drafting;
using CoachingBackend.Courses.Definitions.Publishing;
using CoachingBackend.Courses.Materials;

namespace CoachingBackend.UnitTests.Courses;

/// <summary>Given a course and what Courses knows of the bank, when it is drafted and published, then these; and the bank's copy kept.</summary>
public sealed class CourseDecisionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly KnownMaterial Guide = new() { Id = Guid.CreateVersion7(), Revision = 2, Kind = "text", Title = "Sleep hygiene", Body = "Dark and cool." };

    private static DraftCourse Draft(Guid? materialId = null) => new("Sleep basics", null, [CourseTheme.Sleep], ExecutionMode.FreeFlow, true,
        [new DraftStep("read", "Read", null, materialId, null, false, false, null)]);

    private static Course Drafted(IReadOnlyDictionary<Guid, KnownMaterial> bank, Guid? materialId = null) =>
        Course.Create((CourseDrafted)Assert.Single(DraftCourse.Decide(Guid.CreateVersion7(), Draft(materialId), bank, Contexts.As("coach-anna", Monday)).Events));

    [Fact]
    public void Releasing_to_clients_before_coaches_reviewed_is_refused_and_sharing_pins_the_known_revision()
    {
        var bank = new Dictionary<Guid, KnownMaterial> { [Guide.Id] = Guide };
        var course = Drafted(bank, Guide.Id);
        var anna = Contexts.As("coach-anna", Monday);

        var refused = Assert.Throws<DomainRuleException>(() => PublishCourse.Decide(course, new PublishCourse(CourseAudience.Clients, null), bank, anna));
        Assert.Equal("course-not-reviewed", refused.Rule);

        var shared = (CourseSharedWithCoaches)Assert.Single(PublishCourse.Decide(course, new PublishCourse(CourseAudience.Coaches, null), bank, anna).Events);
        Assert.Equal(new PinnedCourseMaterial(Guide.Id, 2, "text", "Sleep hygiene", "Dark and cool.", null, null, null), shared.Steps[0].Material);
        course = course.Apply(shared);
        Assert.Equal("course-draft-unchanged", Assert.Throws<DomainRuleException>(() =>
            PublishCourse.Decide(course, new PublishCourse(CourseAudience.Coaches, null), bank, anna)).Rule);
        var released = PublishCourse.Decide(course, new PublishCourse(CourseAudience.Clients, null), bank, anna);
        course = course.Apply((CourseReleasedToClients)Assert.Single(released.Events));
        Assert.Same(Decision.None, PublishCourse.Decide(course, new PublishCourse(CourseAudience.Clients, 1), bank, anna));
    }

    [Fact]
    public void A_retired_item_goes_into_no_draft()
    {
        var retired = new KnownMaterial { Id = Guid.CreateVersion7(), Revision = 1, Title = "Old", IsRetired = true };
        var refused = Assert.Throws<DomainRuleException>(() => DraftCourse.Decide(Guid.CreateVersion7(), Draft(retired.Id),
            new Dictionary<Guid, KnownMaterial> { [retired.Id] = retired }, Contexts.As("coach-anna", Monday)));
        Assert.Equal("material-retired", refused.Rule);
    }

    [Fact]
    public void The_bank_copy_keeps_the_latest_revision_whatever_order_the_announcements_arrive_in()
    {
        var one = new KnownMaterial { Id = Guide.Id, Revision = 1, Title = "One" };
        var two = new KnownMaterial { Id = Guide.Id, Revision = 2, Title = "Two" };
        var retiredTwo = new KnownMaterial { Id = Guide.Id, Revision = 2, Title = "Two", IsRetired = true };

        Assert.Same(two, Assert.Single(KnownMaterials.Keep(one, two).Updates));
        Assert.Same(Decision.None, KnownMaterials.Keep(two, one));
        Assert.Same(Decision.None, KnownMaterials.Keep(two, two));
        Assert.Same(retiredTwo, Assert.Single(KnownMaterials.Keep(two, retiredTwo).Updates));
        Assert.Same(Decision.None, KnownMaterials.Keep(retiredTwo, two));
    }

    [Theory]
    [InlineData("P7D", 7 * 24 * 60)]
    [InlineData("P2W", 14 * 24 * 60)]
    [InlineData("PT12H", 12 * 60)]
    [InlineData("P1DT6H30M", 30 * 60 + 30)]
    public void Window_durations_are_iso_8601_weeks_days_hours_and_minutes(string text, int minutes)
    {
        Assert.True(IsoDurations.IsValid(text));
        Assert.Equal(TimeSpan.FromMinutes(minutes), IsoDurations.Parse(text));
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("7D")]
    [InlineData("P99999D")]
    public void Months_years_and_malformed_durations_are_refused(string text) => Assert.False(IsoDurations.IsValid(text));
}
