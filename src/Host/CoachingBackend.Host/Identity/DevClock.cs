using System.Xml;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Time;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingBackend.Host.Identity;

/// <summary>
/// <c>POST /api/v1/dev/clock</c> moves the application's clock, so that time-driven rules (a passive month,
/// a return-by date) can be seen at once. Mapped only where the dev token endpoint is, and only for an org-admin: it moves
/// the time of every organisation on the host. It refuses (400) a moment the host cannot live at, before the Unix epoch
/// or after the year 9000.
/// </summary>
public static class DevClock
{
    /// <param name="Advance">An ISO 8601 duration to move forward by, e.g. <c>P31D</c> or <c>PT12H</c>.</param>
    /// <param name="Now">A moment to set the clock to.</param>
    public sealed record Request(string? Advance, DateTimeOffset? Now);

    public sealed record Response(DateTimeOffset Now);

    private const string OutOfRange =
        "The clock moves only between 1970-01-01T00:00:00Z (the Unix epoch) and 9000-01-01T00:00:00Z.";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/dev/clock", Ok<Response> (Request request, AdjustableClock clock) =>
            {
                if ((request.Advance is null) == (request.Now is null))
                    throw new ValidationException([new ValidationFailure("advance", "Give either advance or now.")]);
                if (request.Now is { } now)
                {
                    if (!AdjustableClock.MayShow(now)) throw new ValidationException([new ValidationFailure("now", OutOfRange)]);
                    return TypedResults.Ok(new Response(clock.SetNow(now)));
                }
                TimeSpan by;
                try
                {
                    by = XmlConvert.ToTimeSpan(request.Advance!);
                }
                catch (Exception e) when (e is FormatException or OverflowException)
                {
                    throw new ValidationException([new ValidationFailure("advance", "advance must be an ISO 8601 duration such as P31D.")]);
                }
                if (by < TimeSpan.Zero || by > TimeSpan.FromDays(3660))
                    throw new ValidationException([new ValidationFailure("advance", "The clock moves forward, by at most ten years at a time.")]);
                if (by > AdjustableClock.Latest - clock.GetUtcNow())
                    throw new ValidationException([new ValidationFailure("advance", OutOfRange)]);
                try
                {
                    return TypedResults.Ok(new Response(clock.Advance(by)));
                }
                catch (ArgumentOutOfRangeException)
                {
                    // Another move got there first and this one would now pass the limit: the same refusal, not a 500.
                    throw new ValidationException([new ValidationFailure("advance", OutOfRange)]);
                }
            })
            .AllowRoles(Roles.OrgAdmin)
            .WithName("MoveDevClock")
            .WithMetadata(new RequestExample("""
                {"advance":"P1D"}
                """))
            .WithTags("Development")
            .WithSummary("Move the application's clock (Development only)")
            .WithDescription("Exists only in Development or when DevTools:Enabled is set; 404 elsewhere. Org-admins only; " +
                             "the clock stays between 1970-01-01T00:00:00Z and 9000-01-01T00:00:00Z.")
            .WithBodyProblems()
            .WithCommonProblems();
}
