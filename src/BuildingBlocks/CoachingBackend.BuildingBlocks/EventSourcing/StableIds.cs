using System.Security.Cryptography;
using System.Text;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// An id that follows from a natural key (a name-based UUID, RFC 9562 version 8 layout over SHA-256), for a stream
/// that must exist at most once per key: a second start of the same stream fails instead of making a twin.
/// </summary>
public static class StableIds
{
    public static Guid From(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
