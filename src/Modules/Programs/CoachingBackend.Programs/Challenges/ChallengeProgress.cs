using CoachingBackend.Programs.Measurements;

namespace CoachingBackend.Programs.Challenges;

/// <summary>
/// How far a challenge has come, from the de-duplicated daily figures of its window: the days at or over the target,
/// and the day the last required one fell on once there are enough (late data and corrections included, since it is
/// always recomputed from the figures as they stand).
/// </summary>
public sealed record ChallengeProgress(int DaysMet, int DaysWithData, DateOnly? ReachedOn)
{
    public static ChallengeProgress Of(Challenge challenge, IEnumerable<DailyFigure> figures)
    {
        var inWindow = figures.Where(f => challenge.Covers(f.Day)).OrderBy(f => f.Day).ToList();
        var met = inWindow.Where(f => f.Value >= challenge.DailyTarget).ToList();
        return new(met.Count, inWindow.Count, met.Count >= challenge.DaysRequired ? met[challenge.DaysRequired - 1].Day : null);
    }
}
