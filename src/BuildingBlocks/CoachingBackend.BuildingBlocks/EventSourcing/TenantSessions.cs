using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// Every session is opened for the caller's organisation (conjoined tenancy), and every event appended
/// through it carries who did it and within which conversation: the audit trail the product promises.
/// </summary>
public static class TenantSessions
{
    /// <summary>
    /// The scoped <see cref="IDocumentSession"/> and <see cref="IQuerySession"/> of a request, opened for its
    /// organisation. (Marten's own ISessionFactory stays as it is: Wolverine's singleton outbox factory uses it.)
    /// </summary>
    public static IServiceCollection AddTenantSessions(this IServiceCollection services)
    {
        services.AddScoped<IDocumentSession>(sp => Open(sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<RequestContext>()));
        services.AddScoped<IQuerySession>(sp => sp.GetRequiredService<IDocumentStore>().QuerySession(RequireTenant(sp.GetRequiredService<RequestContext>())));
        return services;
    }

    public static IDocumentSession Open(IDocumentStore store, RequestContext context)
    {
        var session = store.LightweightSession(RequireTenant(context));
        session.CorrelationId = context.CorrelationId;
        session.CausationId = context.CausationId;
        session.LastModifiedBy = context.UserId;
        return session;
    }

    private static string RequireTenant(RequestContext context) => context.TenantId is { Length: > 0 } tenant
        ? tenant
        : throw new InvalidOperationException("A session was asked for before the organisation was known.");
}
