using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Measurements;
using CoachingBackend.Programs.Measurements.Reading;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Challenges.Listing;

/// <summary>A client's challenges, newest first, each with its progress computed from the de-duplicated daily figures now.</summary>
public sealed record ListChallenges(Guid ClientId) : IQuery<IReadOnlyList<ChallengeResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/challenges", async Task<Ok<IReadOnlyList<ChallengeResponse>>> (
                Guid clientId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListChallenges(clientId), ct)))
            .WithName("ListChallenges")
            .WithTags("Challenges")
            .WithSummary("A client's challenges and their progress")
            .WithDescription("Progress (daysMet, daysWithData) counts the challenge's window from the de-duplicated daily figures as " +
                             "they stand, late data and corrections included; reached stays once recorded. Roles: the client " +
                             "themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListChallengesHandler(IQuerySession session, RequestContext caller) : IQueryHandler<ListChallenges, IReadOnlyList<ChallengeResponse>>
{
    public async ValueTask<IReadOnlyList<ChallengeResponse>> Handle(ListChallenges query, CancellationToken ct)
    {
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var record = await session.LoadAsync<ClientMeasurementsRecord>(ClientMeasurements.StreamId(query.ClientId), ct);
        var answers = new List<ChallengeResponse>();
        foreach (var challenge in record?.Challenges.OrderByDescending(c => c.SetAt) ?? Enumerable.Empty<ChallengeRecord>())
        {
            var figures = await DailyFigures.ReadAsync(session, query.ClientId, challenge.Metric, challenge.StartsOn,
                challenge.ToChallenge().EndsOn, ct);
            answers.Add(ChallengeResponse.From(challenge, figures));
        }
        return answers;
    }
}
