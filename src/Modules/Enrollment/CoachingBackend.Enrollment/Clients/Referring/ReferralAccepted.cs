using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Enrollment.Contracts;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.Referring;

/// <summary>The answer to a referral: the new client's id and the journey's first version.</summary>
public sealed record ReferralAccepted(Guid ClientId, long Version, DateTimeOffset ReferredAt);
