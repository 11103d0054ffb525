using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// Another module asks for a follow-up on the responsible coach's list (a survey response left without the coach's
/// reply, say): the one way in for every module, so Enrollment never depends on them. Raised once per source stream
/// and version, however often it is delivered; also on a closed journey, since what it asks may come after discharge.
/// </summary>
/// <param name="Module">The module that asks, e.g. <c>feedback</c>.</param>
/// <param name="Kind">What it is about, kebab-case: <c>feedback-reply-overdue</c>; other kinds become a general module request.</param>
/// <param name="Reason">One line for the coach's list; no free text of the client.</param>
/// <param name="DueSince">Since when the coach should have acted.</param>
/// <param name="SourceStream">The module's stream the follow-up is about.</param>
/// <param name="SourceVersion">That stream's version: with the stream, what makes the request unique.</param>
[EventMeaning("Another module asked Enrollment to put a follow-up on the responsible coach's list.")]
public sealed record FollowUpRequested(
    string TenantId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string Module,
    string Kind,
    string Reason,
    DateTimeOffset DueSince,
    Guid SourceStream,
    long SourceVersion)
{
    public const string FeedbackReplyOverdue = "feedback-reply-overdue";
}
