namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// Endpoint metadata: a request body that works, shown in the OpenAPI document as the operation's example. A test
/// checks each one against the operation's schema and sends it.
/// </summary>
public sealed record RequestExample(string Json);
