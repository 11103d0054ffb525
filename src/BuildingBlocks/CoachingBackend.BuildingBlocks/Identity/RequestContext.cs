namespace CoachingBackend.BuildingBlocks.Identity;

/// <summary>
/// Who is acting, for which organisation, and as part of which conversation. Filled once per HTTP request
/// (from the token and the correlation header) or per integration event (from the event and its envelope);
/// sessions, authorization rules and event metadata all read it from here.
/// </summary>
public sealed class RequestContext
{
    public string TenantId { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public IReadOnlySet<string> Roles { get; private set; } = new HashSet<string>();
    public string CorrelationId { get; private set; } = "";
    public string? CausationId { get; private set; }

    public bool IsInRole(string role) => Roles.Contains(role);

    public void Set(string tenantId, string userId, IEnumerable<string> roles, string correlationId, string? causationId)
    {
        TenantId = tenantId;
        UserId = userId;
        Roles = roles.ToHashSet();
        CorrelationId = correlationId;
        CausationId = causationId;
    }
}
