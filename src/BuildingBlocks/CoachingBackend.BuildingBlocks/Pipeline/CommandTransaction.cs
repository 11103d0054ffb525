using Marten;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.BuildingBlocks.Pipeline;

/// <summary>
/// A command's reads (its access check, the documents its decider needs) and its writes run in one transaction on one
/// connection: begun here, before the handler's first read, and committed by the write path. Queries are left alone.
/// </summary>
public sealed class CommandTransaction<TMessage, TResponse>(IServiceProvider services) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        if (message is IBaseCommand) await services.GetRequiredService<IDocumentSession>().BeginTransactionAsync(ct);
        return await next(message, ct);
    }
}
