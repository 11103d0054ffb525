namespace CoachingBackend.BuildingBlocks.Identity;

/// <summary>The roles a token may carry, in the <c>role</c> claim.</summary>
public static class Roles
{
    public const string OrgAdmin = "org-admin";
    public const string Coach = "coach";
    public const string Client = "client";
    public const string Referrer = "referrer";
    public const string Analyst = "analyst";
    /// <summary>A machine client of the organisation (a wearable gateway): posts measurements for its clients, reads nothing.</summary>
    public const string Integration = "integration";

    public static readonly IReadOnlyList<string> All = [OrgAdmin, Coach, Client, Referrer, Analyst, Integration];
}
