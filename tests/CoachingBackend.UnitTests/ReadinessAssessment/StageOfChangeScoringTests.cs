using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

public sealed class StageOfChangeScoringTests
{
    private static ReadinessResult Score(string option) =>
        ReadinessScoring.Score(BuiltInQuestionnaires.StageOfChange, [new("stage", option)]);

    [Theory]
    [InlineData("more-than-6-months", StageOfChange.Maintenance, ReadinessLevel.High)]
    [InlineData("less-than-6-months", StageOfChange.Action, ReadinessLevel.High)]
    [InlineData("within-30-days", StageOfChange.Preparation, ReadinessLevel.Moderate)]
    [InlineData("within-6-months", StageOfChange.Contemplation, ReadinessLevel.Moderate)]
    [InlineData("not-within-6-months", StageOfChange.Precontemplation, ReadinessLevel.Low)]
    public void Every_statement_maps_to_its_stage_and_level(string option, StageOfChange stage, ReadinessLevel level)
    {
        var result = Score(option);

        Assert.Equal(stage, result.Stage);
        Assert.Equal(level, result.Level);
        Assert.Empty(result.Scores);
        Assert.Equal("stage-of-change-v1", result.Policy);
    }
}
