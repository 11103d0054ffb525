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

public sealed record JourneyResponse(Guid ClientId, long Version, IReadOnlyList<JourneyEntry> Entries);
