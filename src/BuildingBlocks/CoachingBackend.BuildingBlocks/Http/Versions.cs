using CoachingBackend.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// A stream's version travels as a strong ETag (<c>"7"</c>); a command's <c>If-Match</c> becomes the
/// expected version, so a client that acts on what it last read never overwrites a change it did not see.
/// </summary>
/// <remarks>
/// If-Match is read by RFC 9110's grammar (<c>If-Match = "*" / #entity-tag</c>, §13.1.1) and compared
/// strongly (§8.8.3.2):
/// <list type="bullet">
/// <item>absent or <c>*</c>: no precondition;</item>
/// <item>a list of entity tags: the one strong tag that is a version (<c>"0"</c>, <c>"7"</c>) becomes the expected
/// version; tags that can name no version (<c>"abc"</c>, <c>"-3"</c>, any weak tag) simply never match, so a list
/// of only those fails the precondition: 412. A list naming two different versions also answers 412: the write
/// path checks one expected version, so it cannot honour "either of these" (send the one you last read);</item>
/// <item>a value that is not an entity tag (<c>abc</c>, <c>3</c> without quotes, an unclosed quote, <c>*</c> inside a
/// list): 400 malformed-request. Ignoring it would silently drop the client's protection against lost updates.</item>
/// </list>
/// </remarks>
public static class Versions
{
    public static string ToETag(long version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, long version) =>
        response.Headers[HeaderNames.ETag] = ToETag(version);

    /// <summary>The version in If-Match, <c>null</c> when none was sent (or <c>*</c>).</summary>
    /// <exception cref="BadHttpRequestException">If-Match is not a list of entity tags.</exception>
    /// <exception cref="PreconditionFailedException">If-Match names no version this API could hold.</exception>
    public static long? ExpectedVersion(this HttpRequest request)
    {
        var values = request.Headers[HeaderNames.IfMatch];
        if (values.Count == 0) return null;
        var elements = new List<string>();
        foreach (var value in values)
        {
            if (!TrySplit(value ?? "", elements))
                throw new BadHttpRequestException(
                    "If-Match must be \"*\" or a comma-separated list of entity tags in double quotes, such as \"3\" (RFC 9110).");
        }
        if (elements.Count == 0) return null;
        if (elements.Contains("*"))
        {
            return elements.Count == 1
                ? null
                : throw new BadHttpRequestException("If-Match may be \"*\" alone or a list of entity tags, not both (RFC 9110).");
        }

        var versions = elements
            .Where(tag => !tag.StartsWith("W/", StringComparison.Ordinal))
            .Select(tag => long.TryParse(tag.AsSpan(1, tag.Length - 2), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : (long?)null)
            .OfType<long>()
            .Distinct()
            .ToList();
        return versions.Count switch
        {
            1 => versions[0],
            0 => throw new PreconditionFailedException(
                $"If-Match ({string.Join(", ", elements)}) names no version of this record; versions are strong ETags such as \"3\". Read it again and retry."),
            _ => throw new PreconditionFailedException(
                "If-Match names more than one version; send only the ETag you last read."),
        };
    }

    /// <summary>Adds the list's elements (<c>*</c> or an entity tag, weak prefix kept) to <paramref name="elements"/>; false when malformed.</summary>
    private static bool TrySplit(string value, List<string> elements)
    {
        var i = 0;
        while (true)
        {
            // #rule: empty elements and optional whitespace around commas are allowed (RFC 9110 §5.6.1).
            while (i < value.Length && (value[i] is ',' or ' ' or '\t')) i++;
            if (i == value.Length) return true;

            var start = i;
            if (value[i] == '*')
            {
                i++;
            }
            else
            {
                if (string.CompareOrdinal(value, i, "W/", 0, 2) == 0) i += 2;
                if (i >= value.Length || value[i] != '"') return false;
                i++;
                // etagc = %x21 / %x23-7E / obs-text
                while (i < value.Length && value[i] != '"')
                {
                    if (value[i] is < '\x21' or '\x7F') return false;
                    i++;
                }
                if (i == value.Length) return false;
                i++;
            }
            elements.Add(value[start..i]);

            while (i < value.Length && (value[i] is ' ' or '\t')) i++;
            if (i < value.Length && value[i] != ',') return false;
        }
    }
}
