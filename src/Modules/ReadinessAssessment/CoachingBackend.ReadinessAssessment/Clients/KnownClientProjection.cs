using CoachingBackend.Enrollment.Contracts;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;

namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// Keeps <see cref="KnownClient"/> from the facts Enrollment records on each client's directory stream (Contracts
/// events only), inline: a new responsible coach takes over here in the very transaction that assigned them, so the
/// previous coach has no window in which this module still lets them act.
/// </summary>
/// <remarks>
/// An event projection that inserts on the referral and patches each later fact in place: it never loads the copy
/// first, so a referral or a directory fact costs no extra round trip per module (a multi-stream aggregation loaded
/// every module's copy before writing it).
/// </remarks>
public sealed partial class KnownClientProjection : EventProjection
{
    // The name it had as an aggregation (its document's), which `projections rebuild` knows it by.
    public KnownClientProjection() => Name = "KnownClient";

    public KnownClient Create(ReferralReceived e) => new() { Id = e.ClientId };

    public void Project(ResponsibleCoachChanged e, IDocumentOperations ops) =>
        ops.Patch<KnownClient>(e.ClientId).Set(c => c.CoachUserId, e.CoachUserId).Set(c => c.CoachChangedAt, e.ChangedAt);

    public void Project(ClientLeftService e, IDocumentOperations ops) => ops.Patch<KnownClient>(e.ClientId).Set(c => c.HasLeft, true);
}
