using CoachingBackend.Enrollment.Analytics;

namespace CoachingBackend.UnitTests.Enrollment;

public sealed class JourneyAnalyticsFigureTests
{
    [Fact]
    public void Quartiles_interpolate_linearly_as_numpy_does_and_small_groups_show_nothing()
    {
        Assert.Equal(new DayStatistics(6, false, 17.5, 14, 21), DayStatistics.Of([7, 14, 14, 21, 21, 21]));
        Assert.Equal(new DayStatistics(5, false, 3, 2, 4), DayStatistics.Of([5, 1, 4, 2, 3]));
        Assert.Equal(new DayStatistics(null, true, null, null, null), DayStatistics.Of([1, 2, 3, 4]));
        Assert.Equal(new DayStatistics(0, false, null, null, null), DayStatistics.Of([]));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(1, null, true)]
    [InlineData(4, null, true)]
    [InlineData(5, 5, false)]
    public void Counts_of_one_to_four_are_suppressed(int count, int? shown, bool suppressed) =>
        Assert.Equal(new SmallCount(shown, suppressed), SmallCount.Of(count));

    [Fact]
    public void The_period_includes_the_whole_last_day_in_UTC()
    {
        var period = new GetJourneyFunnel("2026-11-01", "2026-11-30");
        Assert.True(period.Contains(DateTimeOffset.Parse("2026-11-01T00:00:00Z")));
        Assert.True(period.Contains(DateTimeOffset.Parse("2026-11-30T23:59:59Z")));
        Assert.False(period.Contains(DateTimeOffset.Parse("2026-12-01T00:00:00Z")));
        Assert.False(period.Contains(DateTimeOffset.Parse("2026-10-31T23:59:59Z")));
        Assert.False(period.Contains(null));
        Assert.True(new GetJourneyFunnel(null, null).Contains(DateTimeOffset.Parse("1999-01-01T00:00:00Z")));
    }
}
