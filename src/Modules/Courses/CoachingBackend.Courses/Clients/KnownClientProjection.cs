using CoachingBackend.Enrollment.Contracts;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;

namespace CoachingBackend.Courses.Clients;

/// <summary>
/// Keeps <see cref="KnownClient"/> from the facts Enrollment records on each client's directory stream (Contracts
/// events only), inline: a new responsible coach, an activation or a discharge holds here in the very transaction that
/// made it, so no request slips through a window where Courses still believes the old fact.
/// </summary>
/// <remarks>
/// An event projection that inserts on the referral and patches each later fact in place: it never loads the copy
/// first, so a referral or a directory fact costs no extra round trip per module (a multi-stream aggregation loaded
/// every module's copy before writing it).
/// </remarks>
public sealed partial class KnownClientProjection : EventProjection
{
    public KnownClientProjection()
    {
        // Programs and ReadinessAssessment keep a KnownClient of their own: the projection's default name would clash with it.
        Name = "CoursesKnownClient";
    }

    public KnownClient Create(ReferralReceived e) => new() { Id = e.ClientId, Status = ServiceStatus.Referred };

    public void Project(ResponsibleCoachChanged e, IDocumentOperations ops) =>
        ops.Patch<KnownClient>(e.ClientId).Set(c => c.CoachUserId, e.CoachUserId);

    public void Project(ClientServiceActivated e, IDocumentOperations ops) =>
        ops.Patch<KnownClient>(e.ClientId).Set(c => c.Status, ServiceStatus.Active)
            .Set(c => c.ActivatedAt, e.ActivatedAt).Set(c => c.ServiceEndsOn, e.EndsOn);

    public void Project(ClientTimeOutStarted e, IDocumentOperations ops) => Status(ops, e.ClientId, ServiceStatus.OnTimeOut);

    public void Project(ClientServiceResumed e, IDocumentOperations ops) => Status(ops, e.ClientId, ServiceStatus.Active);

    public void Project(ClientLeftService e, IDocumentOperations ops) => Status(ops, e.ClientId, ServiceStatus.Left);

    private static void Status(IDocumentOperations ops, Guid clientId, ServiceStatus status) =>
        ops.Patch<KnownClient>(clientId).Set(c => c.Status, status);
}
