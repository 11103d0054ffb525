using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Courses.Definitions;

namespace CoachingBackend.Courses.Enrolments.FulfillingRequests;

/// <param name="AddedStep">A material item of the bank added to this client's enrolment as an extra step, pinned now.</param>
[EventMeaning("A coach answered a client's request for more material: extra steps unlocked and/or a material item added to the enrolment, with a note.")]
public sealed record CourseMaterialRequestFulfilled(
    Guid EnrolmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid RequestId,
    IReadOnlyList<string> UnlockedSteps,
    PublishedStep? AddedStep,
    [property: Personal(PersonalData.Omitted)] string Note,
    [property: Personal(PersonalData.StaffId)] string FulfilledBy,
    DateTimeOffset FulfilledAt);
