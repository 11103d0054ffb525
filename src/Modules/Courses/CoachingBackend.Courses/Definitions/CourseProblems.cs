using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Courses.Definitions;

/// <summary>The rules a course's publishing can break, each a stable problem type (urn:coachingbackend:problem:&lt;rule&gt;).</summary>
public static class CourseProblems
{
    /// <summary>Releasing to clients a version coaches were never given to review (the two-step rule of programmes).</summary>
    public const string NotReviewedRule = "course-not-reviewed";

    /// <summary>Sharing with coaches when the draft holds nothing the latest version does not.</summary>
    public const string NothingToShareRule = "course-draft-unchanged";

    /// <summary>The same rule and type as for programmes: a retired item goes into no new draft or version.</summary>
    public const string MaterialRetiredRule = "material-retired";

    public static DomainRuleException NotReviewed(int version) =>
        new(NotReviewedRule, $"Version {version} has not been shared with coaches for review; share it with coaches first.");

    public static DomainRuleException NothingToShare(int latest) =>
        new(NothingToShareRule, $"The draft has not changed since version {latest} was shared; edit it first.");

    public static DomainRuleException MaterialRetired(string stepKey, Guid materialId) =>
        new(MaterialRetiredRule, $"Step '{stepKey}' uses material item {materialId}, which is retired or no longer in the bank; choose another.");
}
