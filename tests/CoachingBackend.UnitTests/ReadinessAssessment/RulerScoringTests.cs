using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

public sealed class RulerScoringTests
{
    private static ReadinessResult Score(int importance, int confidence, int readiness) =>
        ReadinessScoring.Score(BuiltInQuestionnaires.ReadinessRuler,
        [
            new("importance", importance.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("confidence", confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("readiness", readiness.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);

    [Theory]
    [InlineData(0, ReadinessLevel.Low)]
    [InlineData(3, ReadinessLevel.Low)]
    [InlineData(4, ReadinessLevel.Moderate)]
    [InlineData(6, ReadinessLevel.Moderate)]
    [InlineData(7, ReadinessLevel.High)]
    [InlineData(10, ReadinessLevel.High)]
    public void The_level_follows_the_readiness_rating(int readiness, ReadinessLevel level)
    {
        Assert.Equal(level, Score(5, 5, readiness).Level);
    }

    [Fact]
    public void Importance_and_confidence_do_not_move_the_level()
    {
        Assert.Equal(ReadinessLevel.Low, Score(importance: 10, confidence: 10, readiness: 3).Level);
        Assert.Equal(ReadinessLevel.High, Score(importance: 0, confidence: 0, readiness: 7).Level);
    }

    [Fact]
    public void The_three_ratings_are_reported_as_given_without_a_stage()
    {
        var result = Score(importance: 8, confidence: 4, readiness: 6);

        Assert.Equal(8m, result.Scores["importance"]);
        Assert.Equal(4m, result.Scores["confidence"]);
        Assert.Equal(6m, result.Scores["readiness"]);
        Assert.Equal(3, result.Scores.Count);
        Assert.Null(result.Stage);
        Assert.Equal("ruler-v1", result.Policy);
    }
}
