using System.Text.Json;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

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
