using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Courses.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.Browsing;

/// <summary>One enrolment, each step with its state by the clock now.</summary>
public sealed record GetEnrolment(Guid EnrolmentId) : IQuery<EnrolmentResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrolments/{enrolmentId:guid}", async Task<Ok<EnrolmentResponse>> (Guid enrolmentId, IMediator mediator,
                HttpResponse response, CancellationToken ct) =>
            {
                var enrolment = await mediator.Send(new GetEnrolment(enrolmentId), ct);
                response.SetETag(enrolment.Version);
                return TypedResults.Ok(enrolment);
            })
            .WithName("GetEnrolment")
            .WithTags("Course enrolments")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("An enrolment, each step with its state: locked, open, done or closed")
            .WithDescription("Steps carry their window's opening and closing as instants in a timed course. Extra material not " +
                             "unlocked is left out for the client. Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetEnrolmentHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<GetEnrolment, EnrolmentResponse>
{
    public async ValueTask<EnrolmentResponse> Handle(GetEnrolment query, CancellationToken ct)
    {
        var enrolment = await session.LoadAsync<EnrolmentRecord>(query.EnrolmentId, ct) ?? throw new NotFoundException("enrolment", query.EnrolmentId);
        await ClientAccess.EnsureCanSeeAsync(session, caller, enrolment.ClientId, ct);
        return EnrolmentResponse.From(enrolment, time.GetUtcNow(), staff: !caller.IsTheClient(enrolment.ClientId));
    }
}
