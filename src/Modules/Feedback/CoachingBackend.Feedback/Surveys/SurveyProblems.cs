using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Feedback.Surveys;

/// <summary>The survey rules' refusals, each a stable problem type.</summary>
public static class SurveyProblems
{
    public const string AlreadyAnsweredRule = "survey-already-answered";
    public const string ExpiredRule = "survey-expired";
    public const string NotAnsweredRule = "survey-not-answered";
    public const string AlreadyRepliedRule = "survey-already-replied";

    public static DomainRuleException AlreadyAnswered() => new(AlreadyAnsweredRule, "The survey has been answered already; one response per survey.");

    public static DomainRuleException Expired(DateTimeOffset dueAt) => new(ExpiredRule, $"The survey was due by {dueAt:yyyy-MM-dd HH:mm} UTC and has expired.");

    public static DomainRuleException NotAnswered() => new(NotAnsweredRule, "The client has not answered the survey yet; there is nothing to reply to.");

    public static DomainRuleException AlreadyReplied() => new(AlreadyRepliedRule, "The coach has replied to this response already.");
}
