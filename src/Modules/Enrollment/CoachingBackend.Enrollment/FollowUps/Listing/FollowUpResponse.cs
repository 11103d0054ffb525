namespace CoachingBackend.Enrollment.FollowUps.Listing;

/// <param name="CoachId">The client's coach when the follow-up was raised.</param>
public sealed record FollowUpResponse(Guid FollowUpId, Guid ClientId, Guid? CoachId, FollowUpKind Kind, string Reason,
    DateTimeOffset DueSince, DateTimeOffset RaisedAt, bool IsOpen, FollowUpOutcome? Outcome, string? Note, string? CompletedBy,
    DateTimeOffset? CompletedAt)
{
    public static FollowUpResponse From(FollowUpRecord f) => new(f.Id, f.ClientId, f.CoachId, f.Kind, f.Reason, f.DueSince,
        f.RaisedAt, f.IsOpen, f.Outcome, f.Note, f.CompletedBy, f.CompletedAt);
}
