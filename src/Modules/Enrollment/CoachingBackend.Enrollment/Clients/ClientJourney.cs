namespace CoachingBackend.Enrollment.Clients;

/// <summary>
/// The write-side state of a client's journey: only what the deciders need to judge the next command.
/// Immutable; Marten folds the stream's events into it.
/// </summary>
public sealed record ClientJourney(Guid Id, ClientStatus Status)
{
    public static ClientJourney Create(ClientReferred referred) => new(referred.ClientId, ClientStatus.Referred);
}
