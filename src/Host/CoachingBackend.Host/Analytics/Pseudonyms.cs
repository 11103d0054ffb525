using System.Security.Cryptography;
using System.Text;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// Keys for one organisation: HMAC-SHA256 over the id with the organisation's secret, in separate key spaces for clients
/// and staff. Stable across exports, different across organisations, not reversible without the secret.
/// One per export; it remembers the keys it made, as an export names the same few people again and again.
/// </summary>
public sealed class Pseudonyms(byte[] secret)
{
    private readonly Dictionary<(PersonalData, string), string> _made = [];

    public string KeyOf(PersonalData space, string id)
    {
        if (_made.TryGetValue((space, id), out var known)) return known;
        var prefix = space == PersonalData.ClientId ? "c_" : "s_";
        var input = Encoding.UTF8.GetBytes((space == PersonalData.ClientId ? "client:" : "staff:") + id.ToLowerInvariant());
        var hash = HMACSHA256.HashData(secret, input);
        var key = prefix + Base64Url(hash.AsSpan(0, 16));
        // Bounded by the people of one organisation; a very large one still costs only kilobytes.
        if (_made.Count < 100_000) _made[(space, id)] = key;
        return key;
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
