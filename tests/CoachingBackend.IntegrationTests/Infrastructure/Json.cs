using System.Net.Http.Json;
using System.Text.Json;

namespace CoachingBackend.IntegrationTests.Infrastructure;

public static class Json
{
    public static async Task<JsonElement> Body(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<JsonElement> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Sends a command and asserts it was accepted; returns the answer's body.</summary>
    public static async Task<JsonElement> Ok(this HttpClient client, HttpMethod method, string url, object body)
    {
        var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static Task<JsonElement> PostAsJsonAsyncOk(this HttpClient client, string url, object body) => client.Ok(HttpMethod.Post, url, body);

    public static Task<JsonElement> PostOk(this HttpClient client, string url, object body) => client.Ok(HttpMethod.Post, url, body);

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static IEnumerable<string?> Types(this JsonElement journey) =>
        journey.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("type").GetString());
}
