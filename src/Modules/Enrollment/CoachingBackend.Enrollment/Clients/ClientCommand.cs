using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>A command on a client's journey: the client comes from the route, the expected version from If-Match.</summary>
public abstract record ClientCommand : RoutedCommand<JourneyChanged>
{
    [JsonIgnore] public Guid ClientId => TargetId;
}
