using CoachingBackend.BuildingBlocks.Input;
using FluentValidation;
using Mediator;

namespace CoachingBackend.BuildingBlocks.Pipeline;

/// <summary>
/// Runs the <see cref="TextRules"/> every message meets, then every FluentValidation validator of a command or query,
/// before its handler, so a refused message never reaches the event store.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var (failures, missing) = TextRules.Check(message);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }
        // A validator's own words about a missing field are better than the generic "is required".
        failures.AddRange(missing.Where(m => failures.All(f => f.PropertyName != m.PropertyName)));
        if (failures.Count > 0) throw new ValidationException(failures);
        return await next(message, cancellationToken);
    }
}
