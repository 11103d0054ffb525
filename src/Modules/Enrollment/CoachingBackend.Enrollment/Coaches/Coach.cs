using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Coaches.Registering;
using System.Collections.Immutable;

namespace CoachingBackend.Enrollment.Coaches;

/// <summary>A coach's caseload as the capacity rule needs it. Each coach carries 60–80 clients at a time.</summary>
public sealed record Coach(Guid Id, string UserId, int Capacity, ImmutableHashSet<Guid> Clients)
{
    public const string CapacityFull = "coach-capacity-full";

    public static Coach Create(CoachRegistered e) => new(e.CoachId, e.UserId, e.Capacity, []);

    public Coach Apply(CaseloadPlaceTaken e) => this with { Clients = Clients.Add(e.ClientId) };

    public Coach Apply(CaseloadPlaceFreed e) => this with { Clients = Clients.Remove(e.ClientId) };

    /// <summary>Takes a place for the client, or refuses when the caseload is full.</summary>
    public CaseloadPlaceTaken TakePlace(Guid clientId, DateTimeOffset now)
    {
        if (Clients.Count >= Capacity)
            throw new DomainRuleException(CapacityFull,
                $"The coach's caseload is full ({Clients.Count} of {Capacity} clients). Choose another coach or free a place.");
        return new CaseloadPlaceTaken(Id, clientId, now);
    }
}
