using System.Text.Json;

namespace CoachingBackend.BuildingBlocks.Json;

/// <summary>
/// A JSON value this API refuses, said in the words of the wire (no .NET type names), so the problem answer can
/// quote the message to the caller as it is. The serializer fills in <see cref="JsonException.Path"/>.
/// </summary>
public sealed class JsonFieldException(string message) : JsonException(message);
