using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CoachingBackend.Benchmarks;

/// <summary>
/// A partner app's calls: bearer tokens signed as an identity provider signs them (HS256 with the Host's
/// Auth:SigningKey, the issuer and audience it validates), bodies as the integration tests send them.
/// </summary>
public sealed class ProductApi : IDisposable
{
    public const string Tenant = "bench-org";
    private const string Issuer = "coachingbackend-dev";
    private const string Audience = "coachingbackend-api";

    private readonly HttpClient _http;

    public ProductApi(Uri baseAddress, int connections)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(connections, 1),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Tenant, "org-admin", "bench-admin"));
    }

    public static string Token(string tenant, string role, string subject, DateTimeOffset? at = null)
    {
        var now = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var header = new { alg = "HS256", typ = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = Issuer, ["aud"] = Audience, ["sub"] = subject, ["tenant"] = tenant, ["role"] = role,
            ["iat"] = now, ["nbf"] = now - 60, ["exp"] = now + 8 * 3600,
        };
        var signed = $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ProductHost.SigningKey), Encoding.ASCII.GetBytes(signed));
        return $"{signed}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static readonly byte[] ReferralBody = JsonSerializer.SerializeToUtf8Bytes(new
    {
        name = new { givenName = "Aino", familyName = "Virtanen" },
        dateOfBirth = "1979-04-12",
        contact = new { email = "aino.virtanen@example.fi", phone = "+358 40 123 4567", preferredChannel = "phone" },
        source = "health-station",
        referrerName = "Tikkurila health station",
        reason = "Raised blood pressure and little exercise; wants to change habits.",
        riskFactors = new[] { "raised-blood-pressure", "physical-inactivity" },
    });

    /// <summary>Refers a client; returns the new client's id and the journey's version.</summary>
    public async Task<(Guid ClientId, long Version)> ReferAsync(CancellationToken ct = default)
    {
        using var content = new ByteArrayContent(ReferralBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync("api/v1/referrals", content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"referral: {(int)response.StatusCode} {Load.Shorten(text)}");
        var root = JsonDocument.Parse(text).RootElement;
        return (root.GetProperty("clientId").GetGuid(), root.GetProperty("version").GetInt64());
    }

    /// <summary>Records a held remote meeting an hour ago; returns the journey's new version.</summary>
    public async Task<long> RecordMeetingAsync(Guid clientId, CancellationToken ct = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            plannedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            mode = "remote",
            outcome = "held",
        });
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync($"api/v1/clients/{clientId}/meetings", content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"meeting: {(int)response.StatusCode} {Load.Shorten(text)}");
        return JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt64();
    }

    public void Dispose() => _http.Dispose();
}
