using JasperFx;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingBackend.BuildingBlocks.Http.Idempotency;

/// <summary>
/// The outer half of <c>Idempotency-Key</c>, outside the problem-details handler so that it sees every answer in its
/// final form: buffers the answer of a request that carries the header and, when <see cref="IdempotencyKeys"/> claimed
/// the key, stores it with the key before sending it, then releases the key. Kept: 2xx and the client errors that
/// the same request would meet again; not kept: 5xx (a retry after an outage goes through) and a race lost to a
/// concurrent writer (409 concurrent-change), so the key may be retried.
/// </summary>
public sealed class IdempotencyAnswers(RequestDelegate next, IDocumentStore store, TimeProvider time,
    IOptions<IdempotencyOptions> options, ILogger<IdempotencyAnswers> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) && !HttpMethods.IsPut(http.Request.Method)
            || !http.Request.Headers.ContainsKey(IdempotencyKeys.Header))
        {
            await next(http);
            return;
        }

        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
            if (http.Items[IdempotencyClaim.ItemKey] is IdempotencyClaim claim && Kept(http.Response.StatusCode, claim.Failure))
            {
                await StoreAsync(http, claim, buffer.ToArray());
            }
        }
        finally
        {
            http.Response.Body = original;
            if (http.Items[IdempotencyClaim.ItemKey] is IdempotencyClaim claim) await claim.DisposeAsync();
        }
        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, http.RequestAborted);
        }
    }

    private static bool Kept(int status, Exception? failure) => status switch
    {
        >= 200 and < 300 => true,
        StatusCodes.Status408RequestTimeout or StatusCodes.Status429TooManyRequests => false,
        >= 400 and < 500 => failure is not (ConcurrencyException or DocumentAlreadyExistsException
            or Marten.Exceptions.ExistingStreamIdCollisionException or OperationCanceledException),
        _ => false,
    };

    private async Task StoreAsync(HttpContext http, IdempotencyClaim claim, byte[] body)
    {
        var record = claim.Record;
        record.Status = http.Response.StatusCode;
        record.ContentType = http.Response.ContentType;
        record.Body = body;
        foreach (var name in IdempotencyKeys.KeptHeaders)
        {
            if (http.Response.Headers.TryGetValue(name, out var value)) record.Headers[name] = value.ToString();
        }
        try
        {
            await using var session = store.LightweightSession(claim.Tenant);
            session.Store(record);
            // Expired keys of the organisation go as new ones come (IdempotencyCleanup sweeps the quiet ones).
            var expired = time.GetUtcNow() - options.Value.Retention;
            session.DeleteWhere<IdempotencyRecord>(r => r.CreatedAt < expired);
            await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // The answer still goes out; a retry with this key finds the command done without its answer.
            logger.LogError(e, "The answer to {Method} {Path} could not be stored with its Idempotency-Key", http.Request.Method, http.Request.Path);
        }
    }
}
