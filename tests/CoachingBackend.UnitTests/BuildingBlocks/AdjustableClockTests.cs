using CoachingBackend.BuildingBlocks.Time;

namespace CoachingBackend.UnitTests.BuildingBlocks;

public sealed class AdjustableClockTests
{
    [Fact]
    public void A_move_before_the_unix_epoch_or_past_the_year_9000_throws_and_leaves_the_clock_where_it_was()
    {
        var clock = new AdjustableClock();
        var set = clock.SetNow(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetNow(new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetNow(new DateTimeOffset(9000, 1, 1, 0, 0, 1, TimeSpan.Zero)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromDays(7000 * 366)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(-TimeSpan.FromDays(61 * 366)));

        Assert.Equal(set, clock.GetUtcNow(), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_edges_are_moments_the_clock_may_show()
    {
        var clock = new AdjustableClock();
        Assert.Equal(AdjustableClock.Earliest, clock.SetNow(AdjustableClock.Earliest), TimeSpan.FromSeconds(5));
        Assert.Equal(AdjustableClock.Latest, clock.SetNow(AdjustableClock.Latest), TimeSpan.FromSeconds(5));
    }
}
