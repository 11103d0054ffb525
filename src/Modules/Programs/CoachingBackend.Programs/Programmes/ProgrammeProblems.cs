using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Programs.Programmes;

/// <summary>The rules a programme's publishing can break, each a stable problem type (urn:coachingbackend:problem:&lt;rule&gt;).</summary>
public static class ProgrammeProblems
{
    /// <summary>Releasing to clients a version coaches were never given to review (the sources' two-step rule).</summary>
    public const string NotReviewedRule = "programme-not-reviewed";

    /// <summary>Sharing with coaches when the draft holds nothing the latest version does not.</summary>
    public const string NothingToShareRule = "programme-draft-unchanged";

    /// <summary>A material item that has been retired from the bank may not go into a draft or a new version.</summary>
    public const string MaterialRetiredRule = "material-retired";

    public static DomainRuleException NotReviewed(int version) =>
        new(NotReviewedRule, $"Version {version} has not been shared with coaches for review; share it with coaches first.");

    public static DomainRuleException NothingToShare(int latest) =>
        new(NothingToShareRule, $"The draft has not changed since version {latest} was shared; edit it first.");

    public static DomainRuleException MaterialRetired(string activityKey, Guid materialId) =>
        new(MaterialRetiredRule, $"Activity '{activityKey}' uses material item {materialId}, which is retired or no longer in the bank; choose another.");
}
