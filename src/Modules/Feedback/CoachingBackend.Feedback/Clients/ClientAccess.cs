using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Feedback.Clients;

/// <summary>
/// A client's surveys are the client's own, their responsible coach's and the org-admin's, by what this module knows of the
/// client (<see cref="KnownClientAccess{TClient}"/>): another organisation's client does not exist here.
/// </summary>
public abstract class ClientAccess : KnownClientAccess<KnownClient>;
