namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>
/// The resource does not exist in the caller's organisation. Another organisation's record is not found
/// either: the answer never tells one organisation what another holds.
/// </summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"No {resource} with id '{id}' was found.");
