using System.Text.Json;

namespace CoachingBackend.Enrollment.Clients.GettingJourney;

/// <param name="Type">The event's name, e.g. <c>client_referred</c>.</param>
/// <param name="Payload">The event as it was stored.</param>
public sealed record JourneyEntry(
    long Version,
    string Type,
    DateTimeOffset RecordedAt,
    string? RecordedBy,
    string? CorrelationId,
    string? CausationId,
    JsonElement Payload);
