using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// A stream's version travels as a strong ETag (<c>"7"</c>); a command's <c>If-Match</c> becomes the
/// expected version, so a client that acts on what it last read never overwrites a change it did not see.
/// </summary>
public static class Versions
{
    public static string ToETag(long version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, long version) =>
        response.Headers[HeaderNames.ETag] = ToETag(version);

    /// <summary>The version in If-Match, <c>null</c> when none was sent (or <c>*</c>).</summary>
    /// <exception cref="BadHttpRequestException">If-Match is not a version this API handed out.</exception>
    public static long? ExpectedVersion(this HttpRequest request)
    {
        var value = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (value.Length == 0 || value == "*") return null;
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        return long.TryParse(value.Trim('"'), out var version) && version > 0
            ? version
            : throw new BadHttpRequestException("If-Match must be an ETag returned by this API, such as \"3\".");
    }
}

/// <summary>
/// Endpoint metadata: the operation answers with the stream version as <c>ETag</c>, and (for commands) takes
/// <c>If-Match</c>. The OpenAPI document declares both headers from it.
/// </summary>
public sealed record VersionedResource(bool AcceptsIfMatch);
