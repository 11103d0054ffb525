namespace CoachingBackend.BuildingBlocks.Identity;

/// <summary>A module's own copy of a client of Enrollment's directory: enough for the one ownership rule.</summary>
public interface IKnownClient
{
    Guid Id { get; }

    /// <summary>The responsible coach's user id (their token's subject), null while the client has none.</summary>
    string? CoachUserId { get; }
}
