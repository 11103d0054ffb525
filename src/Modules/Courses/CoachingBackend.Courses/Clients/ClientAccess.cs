using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Courses.Clients;

/// <summary>
/// A client's enrolments, answers and material requests are the client's own, their responsible coach's and the org-admin's, by what this module knows of the
/// client (<see cref="KnownClientAccess{TClient}"/>): another organisation's client does not exist here.
/// </summary>
public abstract class ClientAccess : KnownClientAccess<KnownClient>;
