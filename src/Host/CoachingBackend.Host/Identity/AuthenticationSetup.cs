using System.Text;
using CoachingBackend.BuildingBlocks.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CoachingBackend.Host.Identity;

public static class AuthenticationSetup
{
    /// <summary>
    /// Bearer tokens either from an OpenID Connect authority (<c>Auth:Authority</c>, production) or signed
    /// with a shared key (<c>Auth:SigningKey</c>, local use and tests, where the dev token endpoint mints them).
    /// </summary>
    public static IServiceCollection AddCoachingAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = configuration.GetSection("Auth");
        var authority = NullIfEmpty(auth["Authority"]);
        var signingKey = NullIfEmpty(auth["SigningKey"]);
        var audience = NullIfEmpty(auth["Audience"]) ?? DevTokens.Audience;
        if (string.IsNullOrEmpty(authority) && string.IsNullOrEmpty(signingKey))
        {
            throw new InvalidOperationException("Configure Auth:Authority (an OpenID Connect issuer) or Auth:SigningKey.");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = authority;
            options.Audience = audience;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = ClaimNames.Subject,
                RoleClaimType = ClaimNames.Role,
                ValidIssuer = authority ?? DevTokens.Issuer,
                ValidAudience = audience,
                IssuerSigningKey = string.IsNullOrEmpty(signingKey)
                    ? null
                    : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            // A token that names no caller or no organisation authenticates no one (401), whoever signed it.
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (!IsId(context.Principal?.FindFirst(ClaimNames.Subject)?.Value, 200)
                        || !IsId(context.Principal?.FindFirst(ClaimNames.Tenant)?.Value, 100))
                    {
                        context.Fail("The token must name its subject (sub) and organisation (tenant).");
                    }
                    return Task.CompletedTask;
                },
            };
        });
        // Token lifetimes are judged by the application's clock, like every other rule about time.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((options, time) =>
            options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                // A token without an expiry is refused: a leaked one would never die.
                return expires is not null
                       && (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                       && expires.Value >= now - parameters.ClockSkew;
            });
        services.AddAuthorization(options =>
        {
            // The /api/v1 group requires this of every endpoint, so one that states no rule of its own is not open.
            // (No fallback policy: an unknown route is a 404, not a 401.)
            options.DefaultPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().RequireClaim(ClaimNames.Tenant).Build();
        });
        return services;
    }

    /// <summary>A claim usable as an id: present, not blank, short, one line.</summary>
    private static bool IsId(string? value, int maxLength) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength && !value.Any(char.IsControl);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
