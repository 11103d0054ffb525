using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Clients;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Measurements.PreferringSources;

/// <summary>
/// The client or their coach says which sources to believe first for the day's figure (the watch over the phone). It
/// applies to every day at once, past ones included, since the day's figure is chosen on reading.
/// </summary>
/// <param name="Order">Source ids or their prefixes (garmin matches garmin:fenix-7:ab12), most preferred first; empty for "the highest value".</param>
public sealed record PreferMeasurementSources([property: Required] IReadOnlyList<string>? Order) : RoutedCommand<MeasurementSourcesResponse>
{
    [JsonIgnore] public Guid ClientId => TargetId;

    public sealed class Validator : AbstractValidator<PreferMeasurementSources>
    {
        public Validator()
        {
            RuleFor(c => c.Order).NotNull().Must(o => o!.Count <= 20).WithMessage("At most 20 sources.")
                .Must(o => o!.Distinct().Count() == o!.Count).WithMessage("Name each source once.");
            RuleForEach(c => c.Order).NotEmpty().MaximumLength(100);
        }
    }

    public static Decision Decide(ClientMeasurements? state, PreferMeasurementSources command, KnownClient client, CommandContext context)
    {
        if (client.Status == ServiceStatus.Left) throw ClientProblems.JourneyClosed();
        var order = command.Order!.Select(s => s.Trim()).ToList();
        return state is not null && state.PreferredSources.SequenceEqual(order)
            ? Decision.None
            : Decision.Of(new MeasurementSourcesPreferred(client.Id, order, context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/clients/{clientId:guid}/measurement-sources", async Task<Ok<MeasurementSourcesResponse>> (
                Guid clientId, PreferMeasurementSources command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command.For<PreferMeasurementSources>(clientId, null), ct)))
            .WithName("PreferMeasurementSources")
            .WithMetadata(new RequestExample("""
                {"order":["garmin:fenix-7:ab12","apple"]}
                """))
            .WithTags("Measurements")
            .WithSummary("Set the client's preferred order of measurement sources")
            .WithDescription(DailyFigure.Rule + " The order applies to every day, past ones included. 409 journey-closed once the " +
                             "client has left the service. Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class PreferMeasurementSourcesHandler(EventStreams streams) : ICommandHandler<PreferMeasurementSources, MeasurementSourcesResponse>
{
    public async ValueTask<MeasurementSourcesResponse> Handle(PreferMeasurementSources command, CancellationToken ct)
    {
        var client = await ClientAccess.EnsureCanSeeAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        var streamId = ClientMeasurements.StreamId(client.Id);
        await streams.DecideOrStart<ClientMeasurements>(streamId, null,
            (state, context) => PreferMeasurementSources.Decide(state, command, client, context), ct);
        var record = await streams.Reads.LoadAsync<ClientMeasurementsRecord>(streamId, ct);
        return new MeasurementSourcesResponse(record?.PreferredSources ?? []);
    }
}
