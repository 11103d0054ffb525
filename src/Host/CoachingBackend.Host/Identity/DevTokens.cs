using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachingBackend.Host.Identity;

/// <summary>
/// <c>POST /api/v1/dev/tokens</c> mints a token for any organisation, role and subject, for local use and
/// tests. It is mapped only in Development or when <c>DevTools:Enabled</c> is true; elsewhere the route
/// does not exist (404).
/// </summary>
public static partial class DevTokens
{
    public const string Issuer = "coachingbackend-dev";
    public const string Audience = "coachingbackend-api";

    public sealed record Request(string Tenant, string Role, string Subject);

    public sealed record Response(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/dev/tokens", Results<Ok<Response>, ValidationProblem> (
                Request request, IConfiguration configuration, TimeProvider time) =>
            {
                var errors = Validate(request);
                if (errors.Count > 0) throw new ValidationException(errors);
                var now = time.GetUtcNow();
                var expires = now.AddHours(8);
                var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                {
                    Issuer = Issuer,
                    Audience = Audience,
                    IssuedAt = now.UtcDateTime,
                    NotBefore = now.UtcDateTime.AddMinutes(-1),
                    Expires = expires.UtcDateTime,
                    Subject = new ClaimsIdentity([
                        new Claim(ClaimNames.Subject, request.Subject),
                        new Claim(ClaimNames.Tenant, request.Tenant),
                        new Claim(ClaimNames.Role, request.Role),
                    ]),
                    SigningCredentials = new SigningCredentials(
                        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Auth:SigningKey"]!)),
                        SecurityAlgorithms.HmacSha256),
                });
                return TypedResults.Ok(new Response(token, "Bearer", expires));
            })
            .AllowAnonymous()
            .WithName("MintDevToken")
            .WithMetadata(new RequestExample("""
                {"tenant":"vantaa","role":"coach","subject":"coach-anna"}
                """))
            .WithTags("Development")
            .WithSummary("Mint an access token (Development only)")
            .WithDescription("Exists only in Development or when DevTools:Enabled is set; 404 elsewhere.")
            .WithBodyProblems()
            .WithCommonProblems();

    private static List<FluentValidation.Results.ValidationFailure> Validate(Request request)
    {
        var errors = new List<FluentValidation.Results.ValidationFailure>();
        if (request.Tenant is null || !TenantId().IsMatch(request.Tenant))
            errors.Add(new("tenant", "Tenant must be 2-63 lowercase letters, digits or dashes, e.g. 'vantaa'."));
        if (request.Role is null || !Roles.All.Contains(request.Role))
            errors.Add(new("role", $"Role must be one of: {string.Join(", ", Roles.All)}."));
        if (string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Length > 200)
            errors.Add(new("subject", "Subject must be a non-empty id of at most 200 characters."));
        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex TenantId();
}
