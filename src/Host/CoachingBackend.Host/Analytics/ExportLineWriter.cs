using System.Text.Json;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// Writes one exported event as a JSON object: sequence, type, module, recorded time, schema version, the subject's
/// pseudonymous key, the stream (a person's stream by their key) and the redacted payload. One per export.
/// </summary>
public sealed class ExportLineWriter(Pseudonyms keys)
{
    private readonly Dictionary<string, string> _rawIds = new(StringComparer.OrdinalIgnoreCase);

    public void Write(Utf8JsonWriter writer, StoredEvent stored)
    {
        var subject = PayloadRedaction.CollectIds(stored.Payload, stored.Type, keys, _rawIds);
        writer.WriteStartObject();
        writer.WriteNumber("sequence", stored.Sequence);
        writer.WriteString("type", stored.Type.Name);
        writer.WriteString("module", stored.Type.Module);
        writer.WriteString("recordedAt", stored.RecordedAt);
        writer.WriteNumber("schemaVersion", stored.Type.SchemaVersion);
        if (subject is null) writer.WriteNull("subject");
        else writer.WriteString("subject", subject);
        var stream = stored.Stream.ToString();
        writer.WriteString("stream", _rawIds.TryGetValue(stream, out var streamKey) ? streamKey : stream);
        writer.WritePropertyName("data");
        PayloadRedaction.Write(writer, stored.Payload, stored.Type, keys, _rawIds);
        writer.WriteEndObject();
    }
}
