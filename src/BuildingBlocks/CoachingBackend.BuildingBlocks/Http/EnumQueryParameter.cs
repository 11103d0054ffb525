namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// Endpoint metadata: the query parameter <paramref name="Name"/> takes the kebab-case names of <paramref name="Enum"/>
/// (read with <c>JsonDefaults.ParseQuery</c>), so the OpenAPI document lists them; <paramref name="Required"/> when the
/// operation refuses a request without it.
/// </summary>
public sealed record EnumQueryParameter(string Name, Type Enum, bool Required = false);
