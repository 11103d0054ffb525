using Microsoft.AspNetCore.Builder;
using CoachingBackend.BuildingBlocks.Identity;
using Microsoft.AspNetCore.Http;

namespace CoachingBackend.BuildingBlocks.Http;

public static class EndpointConventions
{
    /// <summary>Only callers holding one of <paramref name="roles"/> (in their own organisation) get through.</summary>
    public static TBuilder AllowRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(ClaimNames.Tenant).RequireRole(roles))
            .WithMetadata(new AllowedRoles(roles))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>The problem answers every operation can give, documented once (503: the database is away for a moment).</summary>
    public static TBuilder WithCommonProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>A command that takes a body: bad bodies are 400 (field errors) or 415.</summary>
    public static TBuilder WithBodyProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
