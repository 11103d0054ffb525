using CoachingBackend.Programs.Measurements;

namespace CoachingBackend.Programs.Challenges;

/// <summary>A challenge and its progress now: days at or over the target so far, days with data, and when it was reached.</summary>
public sealed record ChallengeResponse(Guid ChallengeId, Metric Metric, decimal DailyTarget, int DaysRequired, int WindowDays,
    DateOnly StartsOn, DateOnly EndsOn, string Goal, int DaysMet, int DaysWithData, bool Reached, DateOnly? ReachedOn, DateTimeOffset SetAt)
{
    public static ChallengeResponse From(ChallengeRecord record, IEnumerable<DailyFigure> figures)
    {
        var challenge = record.ToChallenge();
        var progress = ChallengeProgress.Of(challenge, figures);
        return new(record.Id, record.Metric, record.DailyTarget, record.DaysRequired, record.WindowDays, record.StartsOn, challenge.EndsOn,
            challenge.Goal, progress.DaysMet, progress.DaysWithData, record.ReachedOn is not null, record.ReachedOn, record.SetAt);
    }
}
