using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

public sealed class RecommendationPolicyTests
{
    [Theory]
    [InlineData(ReadinessLevel.Low, Resources.Yes, ReadinessRecommendation.Discuss)]
    [InlineData(ReadinessLevel.Low, Resources.Partly, ReadinessRecommendation.Discuss)]
    [InlineData(ReadinessLevel.Low, Resources.No, ReadinessRecommendation.TimeOut)]
    [InlineData(ReadinessLevel.Moderate, Resources.Yes, ReadinessRecommendation.Proceed)]
    [InlineData(ReadinessLevel.Moderate, Resources.Partly, ReadinessRecommendation.Proceed)]
    [InlineData(ReadinessLevel.Moderate, Resources.No, ReadinessRecommendation.Discuss)]
    [InlineData(ReadinessLevel.High, Resources.Yes, ReadinessRecommendation.Proceed)]
    [InlineData(ReadinessLevel.High, Resources.Partly, ReadinessRecommendation.Proceed)]
    [InlineData(ReadinessLevel.High, Resources.No, ReadinessRecommendation.Discuss)]
    public void Every_level_and_resources_pair_has_its_recommendation(ReadinessLevel level, Resources resources, ReadinessRecommendation expected)
    {
        var result = RecommendationPolicy.Recommend(level, resources);

        Assert.Equal(expected, result.Recommendation);
        Assert.Equal("recommendation-v1", result.Policy);
    }

    [Theory]
    [InlineData(ReadinessLevel.Low, Resources.No, "low", "no")]
    [InlineData(ReadinessLevel.Moderate, Resources.Partly, "moderate", "partly")]
    [InlineData(ReadinessLevel.High, Resources.Yes, "high", "yes")]
    public void The_rationale_names_the_level_and_the_resources(ReadinessLevel level, Resources resources, string levelName, string resourcesName)
    {
        var rationale = RecommendationPolicy.Recommend(level, resources).Rationale;

        Assert.Contains($"Readiness is {levelName}", rationale);
        Assert.Contains($"resources: {resourcesName}", rationale);
    }
}
