using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Materials.Retiring;

/// <summary>
/// A material item was retired at its current revision: hidden from new use, still readable where it is used.
/// (Not <c>MaterialRetired</c>: that name is the integration event's, in Programs.Contracts.)
/// </summary>
[EventMeaning("A material item was retired from new use.")]
public sealed record MaterialRetiredFromUse(
    Guid MaterialId,
    int Revision,
    [property: Personal(PersonalData.StaffId)] string RetiredBy,
    DateTimeOffset RetiredAt);
