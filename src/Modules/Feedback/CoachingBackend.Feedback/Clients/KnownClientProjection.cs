using CoachingBackend.Enrollment.Contracts;
using Marten.Events.Projections;

namespace CoachingBackend.Feedback.Clients;

/// <summary>
/// Keeps <see cref="KnownClient"/> from the facts Enrollment records on each client's directory stream, inline: a new
/// responsible coach holds here in the very transaction that made it, so the previous coach is refused at once.
/// </summary>
public sealed partial class KnownClientProjection : MultiStreamProjection<KnownClient, Guid>
{
    public KnownClientProjection()
    {
        // Other modules keep a KnownClient of their own: the projection's default name would clash with theirs.
        Name = "FeedbackKnownClient";
        Identity<ReferralReceived>(e => e.ClientId);
        Identity<ResponsibleCoachChanged>(e => e.ClientId);
        Identity<ClientServiceActivated>(e => e.ClientId);
        Identity<ClientTimeOutStarted>(e => e.ClientId);
        Identity<ClientServiceResumed>(e => e.ClientId);
        Identity<ClientLeftService>(e => e.ClientId);
    }

    public static KnownClient Create(ReferralReceived e) => new() { Id = e.ClientId, Status = ServiceStatus.Referred };

    public static void Apply(ResponsibleCoachChanged e, KnownClient client) => client.CoachUserId = e.CoachUserId;

    public static void Apply(ClientServiceActivated e, KnownClient client) => client.Status = ServiceStatus.Active;

    public static void Apply(ClientTimeOutStarted e, KnownClient client) => client.Status = ServiceStatus.OnTimeOut;

    public static void Apply(ClientServiceResumed e, KnownClient client) => client.Status = ServiceStatus.Active;

    public static void Apply(ClientLeftService e, KnownClient client) => client.Status = ServiceStatus.Left;
}
