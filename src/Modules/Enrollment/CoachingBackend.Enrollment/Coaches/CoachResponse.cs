namespace CoachingBackend.Enrollment.Coaches;

/// <param name="ClientsByStatus">How many of the coach's clients are in each status (discharged ones included).</param>
public sealed record CoachResponse(
    Guid CoachId,
    string Name,
    string UserId,
    int Capacity,
    int CaseloadSize,
    int FreePlaces,
    IReadOnlyDictionary<string, int>? ClientsByStatus,
    DateTimeOffset RegisteredAt)
{
    public static CoachResponse From(CoachRecord coach, IReadOnlyDictionary<string, int>? byStatus = null) =>
        new(coach.Id, coach.Name, coach.UserId, coach.Capacity, coach.CaseloadSize,
            Math.Max(0, coach.Capacity - coach.CaseloadSize), byStatus, coach.RegisteredAt);
}
