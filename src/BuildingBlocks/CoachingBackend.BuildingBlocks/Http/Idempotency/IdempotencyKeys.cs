using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CoachingBackend.BuildingBlocks.Http.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> (draft-ietf-httpapi-idempotency-key-header) on the commands marked
/// <see cref="IdempotentCommand"/>, after authentication (keys are per organisation and caller). A key seen before
/// with the same request replays the stored answer with <c>Idempotent-Replayed: true</c>; with another request it is
/// 422; while its first request still runs, 409. A new key is claimed: its record is put into the request's session,
/// so the command's own commit writes it (docs/adr/0013-idempotency-key.md), and <see cref="IdempotencyAnswers"/>
/// stores the answer afterwards and releases the key. Without the header nothing changes.
/// </summary>
public sealed class IdempotencyKeys(RequestDelegate next, IDocumentStore store, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 255;

    /// <summary>The headers of an answer that are kept and replayed with it.</summary>
    public static readonly string[] KeptHeaders = ["Location", "ETag"];

    public async Task InvokeAsync(HttpContext http, RequestContext caller)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<IdempotentCommand>() is null
            || !http.Request.Headers.TryGetValue(Header, out var values)
            || caller.TenantId.Length == 0 || caller.UserId.Length == 0)
        {
            await next(http);
            return;
        }

        var key = Parse(values);
        var ct = http.RequestAborted;
        var fingerprint = await FingerprintAsync(http.Request, ct);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', caller.TenantId, caller.UserId, key)));
        var lockKey = BinaryPrimitives.ReadInt32BigEndian(hash);

        var connection = await IdempotencyClaim.LockAsync(store.Storage.Database.CreateConnection(), lockKey, ct);
        if (connection is null)
        {
            await ProblemAsync(http, StatusCodes.Status409Conflict, ProblemTypes.IdempotencyKeyInFlight, "Idempotency key in flight",
                "A request with this Idempotency-Key is still being processed. Retry once it has been answered.");
            return;
        }

        var now = time.GetUtcNow();
        var claim = new IdempotencyClaim(connection, lockKey, new IdempotencyRecord
        {
            Id = StableIds.From("idempotency-key", caller.TenantId, caller.UserId, key),
            Fingerprint = fingerprint,
            CreatedAt = now,
        }, caller.TenantId);
        var claimed = false;
        try
        {
            IdempotencyRecord? first;
            await using (var query = store.QuerySession(caller.TenantId))
            {
                first = await query.LoadAsync<IdempotencyRecord>(claim.Record.Id, ct);
            }
            // An expired key is free again: the new request's record overwrites the old one.
            if (first is not null && first.CreatedAt + options.Value.Retention > now)
            {
                await AnswerAgainAsync(http, first, fingerprint);
                return;
            }

            // Written by the command's own commit (every command commits the request's session), so that a command
            // which committed never runs again, even if this process stops before its answer is stored.
            http.RequestServices.GetRequiredService<IDocumentSession>().Store(claim.Record);
            http.Items[IdempotencyClaim.ItemKey] = claim;
            claimed = true;
        }
        finally
        {
            if (!claimed) await claim.DisposeAsync();
        }

        try
        {
            await next(http);
        }
        catch (Exception e)
        {
            claim.Failure = e;
            throw;
        }
    }

    private static async Task AnswerAgainAsync(HttpContext http, IdempotencyRecord first, string fingerprint)
    {
        if (first.Fingerprint != fingerprint)
        {
            await ProblemAsync(http, StatusCodes.Status422UnprocessableEntity, ProblemTypes.IdempotencyKeyReused, "Idempotency key reused",
                "This Idempotency-Key was used for another request (another operation or another body). Use a new key for a new request.");
            return;
        }
        if (first.Status is not { } status)
        {
            // The command committed, but the process stopped before its answer was stored: it is done, and cannot be
            // done again under this key; the answer itself is lost.
            await ProblemAsync(http, StatusCodes.Status409Conflict, ProblemTypes.IdempotencyKeyAnswerLost, "Idempotency key answer lost",
                "The first request with this Idempotency-Key was carried out, but its answer was lost. Read the resource to see the outcome.");
            return;
        }

        var response = http.Response;
        response.StatusCode = status;
        foreach (var (name, value) in first.Headers) response.Headers[name] = value;
        response.Headers[ReplayedHeader] = "true";
        if (first.ContentType is not null) response.ContentType = first.ContentType;
        response.ContentLength = first.Body.Length;
        if (first.Body.Length > 0) await response.Body.WriteAsync(first.Body, http.RequestAborted);
    }

    private static async Task ProblemAsync(HttpContext http, int status, string type, string title, string detail)
    {
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }

    /// <summary>SHA-256 over the method, the path and query, and the body bytes: what makes a request "the same".</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0) hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key: 1-255 printable ASCII characters, bare or as a structured-field string (<c>"..."</c>) as the draft
    /// writes it. Anything else (empty, too long, control characters, the header twice) is a malformed request.
    /// </summary>
    public static string Parse(StringValues values)
    {
        if (values.Count != 1) throw Malformed();
        var key = values[0] ?? "";
        if (key.StartsWith('"'))
        {
            if (key.Length < 2 || key[^1] != '"') throw Malformed();
            var inner = key[1..^1];
            var unescaped = new StringBuilder(inner.Length);
            for (var i = 0; i < inner.Length; i++)
            {
                if (inner[i] == '"') throw Malformed();
                if (inner[i] == '\\')
                {
                    if (++i == inner.Length || inner[i] is not ('"' or '\\')) throw Malformed();
                }
                unescaped.Append(inner[i]);
            }
            key = unescaped.ToString();
        }
        if (key.Length is 0 or > MaxLength || key.Any(c => c is < ' ' or > '~')) throw Malformed();
        return key;
    }

    private static BadHttpRequestException Malformed() => new(
        $"{Header} must be one value of 1-{MaxLength} printable ASCII characters, bare or quoted (\"...\").");
}
