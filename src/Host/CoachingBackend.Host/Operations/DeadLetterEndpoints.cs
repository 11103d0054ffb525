using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace CoachingBackend.Host.Operations;

/// <summary>
/// An organisation's integration events that failed for good (retries exhausted, or a failure that retrying cannot
/// mend), as Wolverine keeps them in its dead-letter storage: listed, re-queued or discarded by the organisation's
/// admin. Every operation sees only the caller's organisation; another organisation's dead letter is not found.
/// Dead letters expire after <c>Messaging:DeadLetterRetentionDays</c> (14 by default): they hold health data.
/// </summary>
public static class DeadLetterEndpoints
{
    /// <param name="Id">The message's id; the handle for replay and discard.</param>
    /// <param name="MessageType">The message's type name, e.g. <c>ClientReferred</c>'s full name.</param>
    /// <param name="SentAt">When the message was sent.</param>
    /// <param name="FailedAt">When it was moved to the dead letters (its last failure).</param>
    /// <param name="ExceptionType">The last failure's exception type.</param>
    /// <param name="ExceptionMessage">The last failure's message.</param>
    /// <param name="Attempts">How many times it was tried.</param>
    /// <param name="ReplayRequested">True once a replay was asked for and the message waits to be re-queued.</param>
    /// <param name="CorrelationId">The correlation id of the conversation the message was part of.</param>
    public sealed record DeadLetterResponse(Guid Id, string MessageType, DateTimeOffset SentAt, DateTimeOffset? FailedAt,
        string ExceptionType, string ExceptionMessage, int Attempts, bool ReplayRequested, string? CorrelationId);

    public static void Map(IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin/dead-letters").WithTags("Operations");

        admin.MapGet("", async Task<Ok<Page<DeadLetterResponse>>> (string? cursor, int? limit, IWolverineRuntime runtime,
                RequestContext caller, CancellationToken ct) =>
            {
                var (offset, size) = Paging.Read(cursor, limit);
                var page = (await OfOrganisationAsync(runtime.Storage.DeadLetters, caller.TenantId, ct))
                    .OrderByDescending(l => l.FailedAt ?? l.SentAt).ThenBy(l => l.Id)
                    .Skip(offset).Take(size + 1).Select(ToResponse).ToList();
                return TypedResults.Ok(Paging.ToPage(page, offset, size));
            })
            .WithName("ListDeadLetters")
            .WithSummary("List the organisation's dead letters")
            .WithDescription("Integration events of this organisation that failed for good, newest failure first. Cursor paging: pass nextCursor " +
                             "back as cursor. They expire after the configured retention (14 days by default). Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();

        admin.MapPost("/{id:guid}/replay", async Task<Accepted> (Guid id, IWolverineRuntime runtime, RequestContext caller, CancellationToken ct) =>
            {
                await FindAsync(runtime, caller, id);
                await runtime.Storage.DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery { MessageIds = [id] }, ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName("ReplayDeadLetter")
            .WithSummary("Re-queue a dead letter for handling")
            .WithDescription("Marks the message for replay; Wolverine moves it back to its queue within moments and handles it again. " +
                             "If it fails again it comes back as a dead letter. Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();

        admin.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IWolverineRuntime runtime, RequestContext caller, CancellationToken ct) =>
            {
                await FindAsync(runtime, caller, id);
                await runtime.Storage.DeadLetters.DiscardAsync(new DeadLetterEnvelopeQuery { MessageIds = [id] }, ct);
                return TypedResults.NoContent();
            })
            .WithName("DiscardDeadLetter")
            .WithSummary("Discard a dead letter")
            .WithDescription("Deletes the message for good; it is never handled. Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
    }

    /// <summary>
    /// The organisation's dead letters. Wolverine's table has no tenant column (the tenant is inside the stored envelope,
    /// and <see cref="DeadLetterEnvelopeQuery.TenantId"/> only picks a tenant's database), so this reads the database's
    /// dead letters in one query (Wolverine pages by a column that is mostly null, so its pages would not be stable) and
    /// keeps the organisation's. Retention keeps them few.
    /// </summary>
    private static async Task<List<DeadLetterEnvelope>> OfOrganisationAsync(IDeadLetters deadLetters, string tenantId, CancellationToken ct)
    {
        var results = await deadLetters.QueryAsync(new DeadLetterEnvelopeQuery { PageSize = 0 }, ct);
        return results.Envelopes.Where(l => l.Envelope.TenantId == tenantId).ToList();
    }

    private static async Task<DeadLetterEnvelope> FindAsync(IWolverineRuntime runtime, RequestContext caller, Guid id)
    {
        var letter = await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id);
        return letter is not null && letter.Envelope.TenantId == caller.TenantId
            ? letter
            : throw new NotFoundException("dead letter", id);
    }

    private static DeadLetterResponse ToResponse(DeadLetterEnvelope letter) =>
        new(letter.Id, letter.MessageType, letter.SentAt, letter.FailedAt, letter.ExceptionType, letter.ExceptionMessage,
            letter.Envelope.Attempts, letter.Replayable, letter.Envelope.CorrelationId);
}
