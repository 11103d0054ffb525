using CoachingBackend.Feedback.Summaries;
using CoachingBackend.Feedback.Surveys;
using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.UnitTests.Feedback;

/// <summary>The summaries' arithmetic: percentages that add up to 100, NPS, medians and the privacy threshold.</summary>
public sealed class FeedbackFiguresTests
{
    [Theory]
    [InlineData(new[] { 45, 4, 1 }, new[] { 90, 8, 2 })]
    [InlineData(new[] { 1, 1, 1 }, new[] { 34, 33, 33 })]
    [InlineData(new[] { 2, 1, 0 }, new[] { 67, 33, 0 })]
    [InlineData(new[] { 1, 5, 1 }, new[] { 14, 72, 14 })]
    [InlineData(new[] { 0, 0, 0 }, new[] { 0, 0, 0 })]
    public void Percentages_add_up_to_100_by_largest_remainder(int[] counts, int[] expected)
    {
        var percents = FeedbackFigures.Percentages(counts);

        Assert.Equal(expected, percents);
        if (counts.Sum() > 0) Assert.Equal(100, percents.Sum());
    }

    [Fact]
    public void Nps_is_the_percent_of_promoters_minus_the_percent_of_detractors()
    {
        // 6 promoters, 2 passives, 2 detractors of 10: 60 − 20.
        Assert.Equal(40.0, FeedbackFigures.Nps([10, 9, 9, 10, 9, 9, 8, 7, 6, 0]));
        Assert.Null(FeedbackFigures.Nps([]));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(3.5, FeedbackFigures.Median([5, 1, 3, 4]));

    [Fact]
    public void A_group_of_fewer_than_five_responses_shows_counts_only()
    {
        var now = DateTimeOffset.UtcNow;
        var surveys = Enumerable.Range(0, 6).Select(i => new SurveyRecord
        {
            Id = Guid.NewGuid(), IssuedAt = now, Status = i < 4 ? SurveyStatus.Answered : SurveyStatus.Open, Judgement = Judgement.Positive,
            Rating = 5, AnsweredAt = now,
        }).ToList();

        var summary = FeedbackFigures.Summarise("all", null, surveys);

        Assert.Equal((6, 4, true), (summary.Issued, summary.Answered, summary.Suppressed));
        Assert.Null(summary.Judgements);
        Assert.Null(summary.ResponseRate);
        Assert.Null(summary.MeanRating);
    }
}
