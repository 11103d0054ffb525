using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.BuildingBlocks.Problems;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// Every error answer is a problem document with a stable type, the request's correlation id and its
    /// path, whether it came from an exception, the authentication challenge, or routing (404/405).
    /// </summary>
    public static IServiceCollection AddCoachingProblemDetails(this IServiceCollection services)
    {
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (problem.Type is null || !problem.Type.StartsWith(ProblemTypes.Prefix, StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(status);
            }
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions.Remove("traceId");
            if (context.HttpContext.Items[Http.CorrelationId.ItemKey] is string correlationId)
            {
                problem.Extensions["correlationId"] = correlationId;
            }
        });
        // Malformed JSON and wrong content types throw, so that they reach the handler above as problems.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseCoachingProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
