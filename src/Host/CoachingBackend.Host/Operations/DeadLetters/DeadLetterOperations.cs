namespace CoachingBackend.Host.Operations.DeadLetters;

/// <summary>The dead-letter operations, for org-admins: <c>/admin/dead-letters</c>.</summary>
public static class DeadLetterOperations
{
    public static IServiceCollection AddDeadLetterOperations(this IServiceCollection services) =>
        services.AddScoped<OrganisationDeadLetters>();

    public static void Map(IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin/dead-letters").WithTags("Operations");
        ListDeadLetters.Map(admin);
        ReplayDeadLetter.Map(admin);
        DiscardDeadLetter.Map(admin);
    }
}
