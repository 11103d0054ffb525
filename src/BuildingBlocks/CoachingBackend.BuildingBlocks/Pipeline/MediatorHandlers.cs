namespace CoachingBackend.BuildingBlocks.Pipeline;

public static class MediatorHandlers
{
    /// <summary>
    /// A command, query or notification handler of the mediator. Wolverine would take these for its own
    /// handlers (public, a Handle method), so its discovery leaves them out.
    /// </summary>
    public static bool Is(Type type) =>
        type.GetInterfaces().Any(i => i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal));
}
