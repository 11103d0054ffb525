using System.Globalization;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary><c>GET /analytics/enrollment?from=2026-01&amp;to=2026-12</c>: the organisation's monthly figures, oldest first.</summary>
/// <param name="From">The first month, yyyy-MM; the earliest when not given.</param>
/// <param name="To">The last month, yyyy-MM; the latest when not given.</param>
public sealed record GetEnrollmentFigures(string? From, string? To) : IQuery<IReadOnlyList<EnrollmentMonthResponse>>
{
    public sealed class Validator : AbstractValidator<GetEnrollmentFigures>
    {
        public Validator()
        {
            RuleFor(q => q.From).Must(IsMonth).When(q => q.From is not null).WithMessage("from must be a month, yyyy-MM.");
            RuleFor(q => q.To).Must(IsMonth).When(q => q.To is not null).WithMessage("to must be a month, yyyy-MM.");
        }

        private static bool IsMonth(string? value) =>
            DateTime.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/enrollment", async Task<Ok<IReadOnlyList<EnrollmentMonthResponse>>> (
                string? from, string? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEnrollmentFigures(from, to), ct)))
            .WithName("GetEnrollmentFigures")
            .WithTags("Analytics")
            .WithSummary("Monthly enrollment figures: referrals by source, activations, time-outs, discharges by reason")
            .WithDescription("Counts only, no client in them. Built asynchronously from the journeys, so the latest events " +
                             "appear within moments. from and to are months, yyyy-MM. Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class GetEnrollmentFiguresHandler(IQuerySession session) : IQueryHandler<GetEnrollmentFigures, IReadOnlyList<EnrollmentMonthResponse>>
{
    public async ValueTask<IReadOnlyList<EnrollmentMonthResponse>> Handle(GetEnrollmentFigures query, CancellationToken ct)
    {
        var first = query.From ?? "0000-01";
        var last = query.To ?? "9999-12";
        var months = await session.Query<EnrollmentMonthRecord>()
            .Where(m => string.Compare(m.Id, first) >= 0 && string.Compare(m.Id, last) <= 0)
            .OrderBy(m => m.Id).ToListAsync(ct);
        return months.Select(EnrollmentMonthResponse.From).ToList();
    }
}
