using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Coaches.Registering;
using Marten.Events.Aggregation;

namespace CoachingBackend.Enrollment.Coaches;

public sealed partial class CoachRecordProjection : SingleStreamProjection<CoachRecord, Guid>
{
    public static CoachRecord Create(CoachRegistered e) => new()
    {
        Id = e.CoachId, Name = e.Name, UserId = e.UserId, Capacity = e.Capacity, RegisteredAt = e.RegisteredAt,
    };

    public static void Apply(CaseloadPlaceTaken e, CoachRecord coach) => coach.CaseloadSize++;

    public static void Apply(CaseloadPlaceFreed e, CoachRecord coach) => coach.CaseloadSize--;
}
