using System.Text.Json;

namespace CoachingBackend.IntegrationTests.Infrastructure;

public static class Exports
{
    /// <summary>The analysts' export as its lines, each parsed; asserts the NDJSON media type.</summary>
    public static async Task<List<JsonElement>> ExportAsync(this HttpClient analyst, string query = "")
    {
        var response = await analyst.GetAsync($"/api/v1/analytics/events{query}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    public static long Sequence(this JsonElement line) => line.GetProperty("sequence").GetInt64();

    public static string Type(this JsonElement line) => line.GetProperty("type").GetString()!;
}
