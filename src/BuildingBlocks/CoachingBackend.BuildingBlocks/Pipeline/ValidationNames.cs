using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;

namespace CoachingBackend.BuildingBlocks.Pipeline;

public static class ValidationNames
{
    /// <summary>
    /// Field errors are keyed by the JSON path the caller sent (<c>contact.email</c>, <c>needs[0].question</c>), not by
    /// C# property names. Names given by hand (an answer's item id, say) are kept exactly as given.
    /// </summary>
    /// <remarks>
    /// Each rule stops at its first failure, so a rule's later checks (<c>Must(n => n!.Count ...)</c>) never see the
    /// null an earlier <c>NotEmpty</c> refused.
    /// </remarks>
    public static void UseJsonPaths()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
        {
            var chain = expression is null ? null : PropertyChain.FromExpression(expression);
            var path = chain is { Count: > 0 } ? chain.ToString() : member?.Name;
            return path is null ? null : string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
        };
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }
}
