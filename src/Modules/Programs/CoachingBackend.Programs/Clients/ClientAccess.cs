using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Programs.Clients;

/// <summary>
/// A client's programmes, calendar, entries and notifications are the client's own, their responsible coach's and the org-admin's, by what this module knows of the
/// client (<see cref="KnownClientAccess{TClient}"/>): another organisation's client does not exist here.
/// </summary>
public abstract class ClientAccess : KnownClientAccess<KnownClient>;
