using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>A coach or org-admin commented on a version shared with coaches.</summary>
[EventMeaning("A coach commented on a programme version under review.")]
public sealed record ProgrammeReviewCommentLeft(
    Guid ProgrammeId,
    int Version,
    Guid CommentId,
    [property: Personal(PersonalData.Omitted)] string Text,
    [property: Personal(PersonalData.StaffId)] string LeftBy,
    DateTimeOffset LeftAt);
