using System.Text;
using Microsoft.AspNetCore.Http;

namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// Cursor paging for lists. The cursor is opaque to clients (today an encoded position), so the paging
/// strategy can change without breaking a partner app that simply passes it back.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static (int Offset, int Limit) Read(string? cursor, int? limit)
    {
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit) throw new BadHttpRequestException($"limit must be between 1 and {MaxLimit}.");
        if (string.IsNullOrEmpty(cursor)) return (0, size);
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], out var offset) && offset >= 0)
                return (offset, size);
        }
        catch (FormatException)
        {
        }
        throw new BadHttpRequestException("cursor is not one this API handed out.");
    }

    /// <summary>Builds the page from up to <c>limit + 1</c> fetched rows (the extra row tells that more follow).</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> fetched, int offset, int limit) =>
        fetched.Count > limit
            ? new Page<T>(fetched.Take(limit).ToList(), Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{offset + limit}")))
            : new Page<T>(fetched, null);
}
