using System.Globalization;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary><c>GET /analytics/enrollment?from=2026-01&amp;to=2026-12</c>: the organisation's monthly figures, oldest first.</summary>
public static class GetEnrollmentFigures
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/enrollment", async Task<Ok<IReadOnlyList<EnrollmentMonthResponse>>> (
                string? from, string? to, IQuerySession session, CancellationToken ct) =>
            {
                var first = Month(from, "from") ?? "0000-01";
                var last = Month(to, "to") ?? "9999-12";
                var months = await session.Query<EnrollmentMonth>()
                    .Where(m => string.Compare(m.Id, first) >= 0 && string.Compare(m.Id, last) <= 0)
                    .OrderBy(m => m.Id).ToListAsync(ct);
                return TypedResults.Ok<IReadOnlyList<EnrollmentMonthResponse>>(months.Select(EnrollmentMonthResponse.From).ToList());
            })
            .WithName("GetEnrollmentFigures")
            .WithTags("Analytics")
            .WithSummary("Monthly enrollment figures: referrals by source, activations, time-outs, discharges by reason")
            .WithDescription("Counts only, no client in them. Built asynchronously from the journeys, so the latest events " +
                             "appear within moments. from and to are months, yyyy-MM. Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();

    private static string? Month(string? value, string name) =>
        value is null ? null
        : DateTime.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? value
        : throw new BadHttpRequestException($"{name} must be a month, yyyy-MM.");
}

public sealed record EnrollmentMonthResponse(string Month, int Referrals, IReadOnlyDictionary<string, int> ReferralsBySource,
    int Activations, int ActivationsWithOverride, int TimeOuts, int Resumptions, int Discharges,
    IReadOnlyDictionary<string, int> DischargesByReason, int PassiveClientFollowUps, int EndedTimeOutFollowUps)
{
    public static EnrollmentMonthResponse From(EnrollmentMonth m) => new(m.Id, m.Referrals, m.ReferralsBySource, m.Activations,
        m.ActivationsWithOverride, m.TimeOuts, m.Resumptions, m.Discharges, m.DischargesByReason, m.PassiveClientFollowUps,
        m.EndedTimeOutFollowUps);
}
