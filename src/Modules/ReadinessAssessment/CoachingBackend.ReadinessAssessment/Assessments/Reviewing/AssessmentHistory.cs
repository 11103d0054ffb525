using Marten;

namespace CoachingBackend.ReadinessAssessment.Assessments.Reviewing;

public sealed record AssessmentHistory(Guid ClientId, IReadOnlyList<AssessmentResponse> Assessments)
{
    /// <summary>The history of assessments, each with its trend against the previous one of the same kind.</summary>
    public static AssessmentHistory Of(Guid clientId, IReadOnlyList<AssessmentRecord> oldestFirst)
    {
        var latest = new Dictionary<(string, Questionnaires.TargetBehaviour?), AssessmentRecord>();
        var responses = new List<AssessmentResponse>();
        foreach (var assessment in oldestFirst)
        {
            var kind = (assessment.Questionnaire, assessment.TargetBehaviour);
            responses.Add(AssessmentResponse.From(assessment,
                latest.TryGetValue(kind, out var previous) ? AssessmentTrend.Between(previous, assessment) : null));
            latest[kind] = assessment;
        }
        return new AssessmentHistory(clientId, responses);
    }

    public static async Task<AssessmentRecord?> PreviousAsync(IQuerySession session, AssessmentRecord current, CancellationToken ct)
    {
        var earlier = session.Query<AssessmentRecord>().Where(a => a.ClientId == current.ClientId
            && a.Questionnaire == current.Questionnaire && a.Id != current.Id && a.SubmittedAt <= current.SubmittedAt);
        earlier = current.TargetBehaviour is { } behaviour
            ? earlier.Where(a => a.TargetBehaviour == behaviour)
            : earlier.Where(a => a.TargetBehaviour == null);
        return await earlier.OrderByDescending(a => a.SubmittedAt).FirstOrDefaultAsync(ct);
    }
}
