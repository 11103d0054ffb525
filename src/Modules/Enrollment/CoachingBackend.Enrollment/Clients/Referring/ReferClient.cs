using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Enrollment.Contracts;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.Referring;

/// <summary>A referrer, coach or org-admin sends a client in: this starts the client's journey.</summary>
public sealed record ReferClient(
    PersonName Name,
    DateOnly? DateOfBirth,
    ContactDetails Contact,
    [property: System.ComponentModel.DataAnnotations.Required] ReferralSource? Source,
    string? ReferrerName,
    [property: Text(2000, Multiline = true)] string Reason,
    IReadOnlyList<RiskFactor>? RiskFactors) : ICommand<ReferralAccepted>
{
    public sealed class Validator : AbstractValidator<ReferClient>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.Name).NotNull();
            RuleFor(c => c.Name.GivenName).NotEmpty().When(c => c.Name is not null);
            RuleFor(c => c.Name.FamilyName).NotEmpty().When(c => c.Name is not null);
            RuleFor(c => c.DateOfBirth)
                .Must(d => d!.Value < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
                .When(c => c.DateOfBirth is not null).WithMessage("Date of birth must be in the past.");
            RuleFor(c => c.Contact).NotNull();
            RuleFor(c => c.Contact).Must(c => !string.IsNullOrWhiteSpace(c.Email) || !string.IsNullOrWhiteSpace(c.Phone))
                .When(c => c.Contact is not null).WithMessage("Give an email address or a phone number.");
            RuleFor(c => c.Contact.Email).EmailAddress().When(c => c.Contact?.Email is not null);
            RuleFor(c => c.Contact.Phone).Matches(@"^\+?[0-9 ()-]{5,20}$").When(c => c.Contact?.Phone is not null)
                .WithMessage("Phone must be a number such as +358 40 123 4567.");
            RuleFor(c => c.Contact.PreferredChannel).IsInEnum().When(c => c.Contact is not null);
            RuleFor(c => c.Source).NotNull().IsInEnum();
            RuleFor(c => c.Reason).NotEmpty();
            RuleFor(c => c.RiskFactors).Must(r => r is null || r.Count <= 20).WithMessage("At most 20 risk factors.");
            RuleForEach(c => c.RiskFactors).IsInEnum();
        }
    }

    /// <summary>Pure: what referring this client means, as events.</summary>
    public static Decision Decide(Guid clientId, ReferClient command, CommandContext context)
    {
        var now = context.Now;
        var referred = new ClientReferred(clientId, command.Name, command.DateOfBirth, command.Contact,
            command.Source!.Value, command.ReferrerName?.Trim(), command.Reason.Trim(),
            [.. (command.RiskFactors ?? []).Distinct()], now);
        return Decision.Of(referred)
            .Announcing(clientId, new ReferralReceived(context.TenantId, clientId, BuildingBlocks.Json.JsonDefaults.Name(command.Source.Value), now),
                first: true);
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/referrals", async (ReferClient command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var accepted = await mediator.Send(command, ct);
                // The journey's version, as every later read of the client gives it: the app's first If-Match.
                response.SetETag(accepted.Version);
                return TypedResults.Created($"/api/v1/clients/{accepted.ClientId}", accepted);
            })
            .WithName("ReferClient")
            .WithMetadata(new RequestExample("""
                {"name":{"givenName":"Aino","familyName":"Virtanen"},"dateOfBirth":"1979-04-12","contact":{"email":"aino.virtanen@example.fi","phone":"+358 40 123 4567","preferredChannel":"phone"},"source":"health-station","referrerName":"Tikkurila health station","reason":"Raised blood pressure and little exercise; wants to change habits.","riskFactors":["raised-blood-pressure","physical-inactivity"]}
                """))
            .WithTags("Referrals")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("Refer a client to the service")
            .WithDescription("Starts the client's journey stream. Roles: referrer, coach, org-admin.")
            .AllowRoles(Roles.Referrer, Roles.Coach, Roles.OrgAdmin)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class ReferClientHandler(EventStreams streams) : ICommandHandler<ReferClient, ReferralAccepted>
{
    public async ValueTask<ReferralAccepted> Handle(ReferClient command, CancellationToken ct)
    {
        var now = streams.Context.Now;
        var clientId = Guid.CreateVersion7(now);
        var version = await streams.Start<ClientJourney>(clientId, context => ReferClient.Decide(clientId, command, context), ct);
        return new ReferralAccepted(clientId, version, now);
    }
}
