using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>Tokens signed with the test key directly, for hosts without the dev token endpoint or for odd tokens.</summary>
public static class SignedTokens
{
    /// <param name="expires">When the token expires; null for a token with no expiry at all.</param>
    public static string For(string tenant, string role, DateTime? expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "coachingbackend-dev",
            Audience = "coachingbackend-api",
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", $"{role}-1"), new Claim("tenant", tenant), new Claim("role", role)]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ApiFactory.SigningKey)),
                SecurityAlgorithms.HmacSha256),
        });
}
