using CoachingBackend.Enrollment.Contracts;
using Marten.Events.Projections;

namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// Keeps <see cref="KnownClient"/> from the facts Enrollment records on each client's directory stream (Contracts
/// events only), inline: a new responsible coach takes over here in the very transaction that assigned them, so the
/// previous coach has no window in which this module still lets them act.
/// </summary>
public sealed partial class KnownClientProjection : MultiStreamProjection<KnownClient, Guid>
{
    public KnownClientProjection()
    {
        Identity<ReferralReceived>(e => e.ClientId);
        Identity<ResponsibleCoachChanged>(e => e.ClientId);
        Identity<ClientLeftService>(e => e.ClientId);
    }

    public static KnownClient Create(ReferralReceived e) => new() { Id = e.ClientId };

    public static void Apply(ResponsibleCoachChanged e, KnownClient client)
    {
        client.CoachUserId = e.CoachUserId;
        client.CoachChangedAt = e.ChangedAt;
    }

    public static void Apply(ClientLeftService e, KnownClient client) => client.HasLeft = true;
}
