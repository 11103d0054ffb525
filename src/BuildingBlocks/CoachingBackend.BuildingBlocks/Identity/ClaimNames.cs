namespace CoachingBackend.BuildingBlocks.Identity;

/// <summary>The token claims this API reads. Short JWT names, not the WS-* URIs.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Role = "role";
}
