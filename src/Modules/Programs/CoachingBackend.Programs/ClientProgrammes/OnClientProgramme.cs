using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>
/// A command on one client programme, named by the route <c>/clients/{clientId}/programmes/{clientProgrammeId}</c>:
/// the programme is the target; the client in the route must be its client, else the programme does not exist here.
/// </summary>
public abstract record OnClientProgramme : RoutedCommand<ClientProgrammeRecord>
{
    [JsonIgnore] public Guid ClientId { get; init; }

    public TCommand For<TCommand>(Guid clientId, Guid clientProgrammeId, long? expectedVersion) where TCommand : OnClientProgramme =>
        For<TCommand>(clientProgrammeId, expectedVersion) with { ClientId = clientId };

    /// <summary>The programme, if it is this client's; else 404 as if it did not exist.</summary>
    public ClientProgramme Of(ClientProgramme programme) =>
        programme.ClientId == ClientId ? programme : throw new NotFoundException("client programme", TargetId);
}
