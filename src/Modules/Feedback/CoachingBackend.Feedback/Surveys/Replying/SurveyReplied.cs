using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Feedback.Surveys.Replying;

/// <summary>The coach gave feedback too: their reply to the client's response.</summary>
[EventMeaning("The responsible coach replied to a client's survey response.")]
public sealed record SurveyReplied(
    Guid SurveyId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.Omitted)] string Text,
    [property: Personal(PersonalData.StaffId)] string RepliedBy,
    DateTimeOffset RepliedAt);
