namespace CoachingBackend.Courses.Enrolments.FulfillingRequests;

/// <summary>An open request for more material in the coach's list.</summary>
public sealed record MaterialRequestSummary(Guid RequestId, Guid EnrolmentId, Guid ClientId, Guid CourseId, string CourseTitle, string Text,
    DateTimeOffset RequestedAt)
{
    public static MaterialRequestSummary From(MaterialRequestRecord r) =>
        new(r.Id, r.EnrolmentId, r.ClientId, r.CourseId, r.CourseTitle, r.Text, r.RequestedAt);
}
