using System.Text.Json;
using CoachingBackend.BuildingBlocks.Resilience;
using FluentValidation;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>The one place where failures become RFC 9457 problem details.</summary>
public sealed class ProblemExceptionHandler(
    IProblemDetailsService problems, IHostEnvironment environment, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>The <c>Retry-After</c> of a 503: about as long as a database restart takes.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = Describe(context, exception);
        if (problem.Status == 503)
        {
            // The database is restarting or out of reach: tell the caller when to come back (README, "Retries").
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            logger.LogWarning("Database unavailable on {Method} {Path}: {Failure}", context.Request.Method, context.Request.Path,
                exception.GetBaseException().Message);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", context.Request.Method, context.Request.Path);
            if (environment.IsDevelopment()) problem.Detail = exception.ToString();
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context, ProblemDetails = problem, Exception = exception,
        });
    }

    private static ProblemDetails Describe(HttpContext context, Exception exception) => exception switch
    {
        ValidationException validation => ValidationProblem(validation),
        NotFoundException => Problem(404, ProblemTypes.NotFound, "Not found", exception.Message),
        ForbiddenException => Problem(403, ProblemTypes.Forbidden, "Forbidden", exception.Message),
        PreconditionFailedException => Problem(412, ProblemTypes.StaleVersion, "Stale version", exception.Message),
        DomainRuleException rule => Problem(409, ProblemTypes.ForRule(rule.Rule), Titled(rule.Rule), rule.Message),
        ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or DocumentAlreadyExistsException =>
            context.Request.Headers.IfMatch.Count > 0
                ? Problem(412, ProblemTypes.StaleVersion, "Stale version",
                    "The record changed since the version given in If-Match. Read it again and retry.")
                : Problem(409, ProblemTypes.ConcurrentChange, "Concurrent change",
                    "The record was changed by another request at the same moment. Retry."),
        BadHttpRequestException bad => BadRequest(bad),
        _ when DatabaseFailures.IsUnavailable(exception) => Problem(503, ProblemTypes.ServiceUnavailable, "Service unavailable",
            $"The database cannot be reached at the moment. Retry after {RetryAfterSeconds} seconds."),
        _ => Problem(500, ProblemTypes.Unexpected, "Unexpected error",
            "The request could not be completed. Quote the correlation id when reporting it."),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(415, ProblemTypes.UnsupportedMediaType, "Unsupported media type",
                "Send the body as application/json.");
        }
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Problem(bad.StatusCode, ProblemTypes.ForStatus(bad.StatusCode), "Malformed request", "The request could not be read.");
        }
        // Field-keyed like a validation problem, in the caller's terms: never the message of the serializer or binder,
        // which names the server's types.
        var (field, message) = BindingErrors.Describe(bad);
        var shown = field == BindingErrors.Body ? message : $"{field}: {message}";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = 400, Type = ProblemTypes.MalformedRequest, Title = "Malformed request",
            Detail = bad.InnerException is JsonException
                ? $"The body is not valid JSON for this operation: {shown}"
                : shown,
        };
    }

    private static ProblemDetails ValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = 400,
            Type = ProblemTypes.Validation,
            Title = "Validation failed",
            Detail = "One or more fields are invalid; see errors.",
        };
    }

    private static string Titled(string rule) =>
        char.ToUpperInvariant(rule[0]) + rule[1..].Replace('-', ' ');

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };
}
