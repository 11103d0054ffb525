using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace CoachingBackend.IntegrationTests.Fuzzing;

/// <summary>
/// A hostile partner app, driven by the OpenAPI document: every operation gets schema-valid values, wrong types,
/// missing fields, control characters, 100k-character texts, odd ids, broken JSON and tampered tokens. Seeded and
/// bounded (a few hundred requests). No answer may be a 5xx, and no body may name the server's internals.
/// </summary>
public sealed class FuzzTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const int Seed = 20261125;
    private const int Rounds = 2;
    private static readonly string[] Internals = ["CoachingBackend.", "System.", "Marten", "Npgsql", "   at ", "Exception"];

    private enum Kind { Valid, WrongType, Missing, ControlCharacter, HugeText, OddId, BrokenJson, TamperedToken }

    private sealed record Operation(string Verb, string Path, JsonElement Spec);

    private sealed record Outcome(Kind Kind, string Request, int Status, string Body);

    [Fact]
    public async Task No_input_gets_a_server_error_or_an_answer_naming_internals()
    {
        var random = new Random(Seed);
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var values = new SchemaValues(document, random);
        var tenant = Tenants.New();
        var admin = Token(tenant, "org-admin", "admin-1");
        var clientId = await Authorized(admin).ReferAsync();
        var tokens = new[] { admin, admin, Token(tenant, "coach", "coach-1"), Token(tenant, "client", clientId.ToString()) };

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(v => v.Name != "parameters").Select(v => new Operation(v.Name.ToUpperInvariant(), p.Name, v.Value)))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Verb, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(operations);

        var outcomes = new List<Outcome>();
        foreach (var operation in Enumerable.Repeat(operations, Rounds).SelectMany(o => o))
        {
            foreach (var kind in Enum.GetValues<Kind>().Prepend(Kind.Valid))
            {
                var token = kind == Kind.TamperedToken ? Tampered(tenant, admin, random) : tokens[random.Next(tokens.Length)];
                outcomes.Add(await Send(operation, kind, values, random, clientId, token));
            }
        }

        var byStatus = outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        output.WriteLine($"{outcomes.Count} requests over {operations.Count} operations; answers {string.Join(", ", byStatus)}");
        var failures = outcomes
            .Where(o => o.Status >= 500 || Internals.Any(i => o.Body.Contains(i, StringComparison.Ordinal)) || !IsProblemWhenError(o))
            .Select(o => $"{o.Kind} {o.Request} -> {o.Status}: {Cut(o.Body, 600)}")
            .ToList();
        foreach (var failure in failures) output.WriteLine(failure);
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n{string.Join("\n", failures.Take(40))}");
    }

    private static bool IsProblemWhenError(Outcome o)
    {
        if (o.Status < 400 || o.Body.Length == 0) return true;
        try
        {
            var body = JsonDocument.Parse(o.Body).RootElement;
            return body.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("urn:coachingbackend:problem:", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<Outcome> Send(Operation operation, Kind kind, SchemaValues values, Random random, Guid clientId, string token)
    {
        var parameters = operation.Spec.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
        var path = operation.Path;
        var query = new List<string>();
        var oddParameter = parameters.Count == 0 ? -1 : random.Next(parameters.Count);
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var name = parameter.GetProperty("name").GetString()!;
            var where = parameter.GetProperty("in").GetString();
            if (where == "header") continue;
            var schema = parameter.TryGetProperty("schema", out var s) ? values.Resolve(s) : default;
            var isId = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) && f.GetString() == "uuid";
            string? value = where == "path" && isId ? clientId.ToString()
                : schema.ValueKind == JsonValueKind.Object ? Plain(values.Valid(schema)) : "x";
            if (i == oddParameter)
            {
                value = kind switch
                {
                    Kind.OddId => random.Next(3) switch { 0 => Guid.Empty.ToString(), 1 => "not-a-guid", _ => "' or 1=1 --" },
                    // A NUL in the path never reaches the app (the server refuses the request line); elsewhere it does.
                    Kind.ControlCharacter => value + (where == "path" ? "\u001b\u0007" : "\u0000\u001b"),
                    Kind.HugeText => new string('a', 100_000),
                    Kind.WrongType => "{}",
                    _ => value,
                };
            }
            if (where == "path") path = path.Replace("{" + name + "}", Uri.EscapeDataString(value ?? "x"));
            else if (where == "query" && value is not null && (random.Next(2) == 0 || i == oddParameter || parameter.TryGetProperty("required", out var r) && r.GetBoolean()))
                query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        var uri = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        using var request = new HttpRequestMessage(new HttpMethod(operation.Verb), uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (kind == Kind.OddId && random.Next(2) == 0) request.Headers.TryAddWithoutValidation("If-Match", random.Next(2) == 0 ? "\"-1\"" : "W/\"x\"");

        if (operation.Spec.TryGetProperty("requestBody", out var requestBody)
            && requestBody.GetProperty("content").TryGetProperty("application/json", out var content))
        {
            var body = values.Valid(content.GetProperty("schema"));
            var text = kind switch
            {
                Kind.WrongType => Mutate(body, random, _ => true, WrongType),
                Kind.Missing => Mutate(body, random, _ => true, Remove),
                Kind.ControlCharacter => Mutate(body, random, IsText, (_, _) => JsonValue.Create("bad\u0000text\u0001" + (char)random.Next(0, 32))),
                Kind.HugeText => Mutate(body, random, IsText, (_, _) => JsonValue.Create(new string('ä', 100_000))),
                Kind.OddId => Mutate(body, random, v => IsText(v) && Guid.TryParse(v!.GetValue<string>(), out _),
                    (_, _) => JsonValue.Create(random.Next(2) == 0 ? Guid.Empty.ToString() : "not-a-guid")),
                Kind.BrokenJson => Broken(body, random),
                _ => body?.ToJsonString() ?? "null",
            };
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await api.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        // A live tail (Server-Sent Events) never ends: its status and headers are the answer.
        var answer = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync();
        return new Outcome(kind, $"{operation.Verb} {Cut(uri, 160)}", (int)response.StatusCode, answer);
    }

    private static string? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>The body with one value (picked at random among all of them) replaced, or the body itself when it has none.</summary>
    private static string Mutate(JsonNode? body, Random random, Func<JsonNode?, bool> where, Func<JsonNode?, Random, JsonNode?> change)
    {
        if (body is null) return "null";
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(body, slots);
        var fitting = slots.Where(s => where(s.Parent is JsonObject o ? o[(string)s.Key] : s.Parent.AsArray()[(int)s.Key])).ToList();
        if (fitting.Count > 0) slots = fitting;
        if (slots.Count == 0) return change(body, random)?.ToJsonString() ?? "null";
        var (parent, key) = slots[random.Next(slots.Count)];
        if (parent is JsonObject o)
        {
            var name = (string)key;
            var replaced = change(o[name], random);
            if (ReferenceEquals(replaced, Removed)) o.Remove(name);
            else o[name] = replaced;
        }
        else if (parent is JsonArray a)
        {
            var index = (int)key;
            var replaced = change(a[index], random);
            if (ReferenceEquals(replaced, Removed)) a.RemoveAt(index);
            else a[index] = replaced;
        }
        return body.ToJsonString();
    }

    private static bool IsText(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static readonly JsonNode Removed = JsonValue.Create("removed");

    private static void Collect(JsonNode node, List<(JsonNode, object)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    slots.Add((o, name));
                    if (child is not null) Collect(child, slots);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, i));
                    if (a[i] is { } child) Collect(child, slots);
                }
                break;
        }
    }

    private static JsonNode? WrongType(JsonNode? value, Random random) => value switch
    {
        JsonObject => new JsonArray(1, 2),
        JsonArray => JsonValue.Create("not-a-list"),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => random.Next(2) == 0 ? JsonValue.Create(12345) : new JsonObject(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(random.Next(2) == 0 ? "12" : "1e400"),
        null => new JsonArray(),
        _ => JsonValue.Create(3.5),
    };

    private static JsonNode? Remove(JsonNode? value, Random random) => random.Next(2) == 0 ? Removed : null;

    private static string Broken(JsonNode? body, Random random)
    {
        var valid = body?.ToJsonString() ?? "{}";
        var first = body is JsonObject o && o.Count > 0 ? o.First().Key : "x";
        var variants = new[]
        {
            "{", "[]", "null", "\"text\"", "42", "", "{\"a\":", valid + ",}", valid[..Math.Max(1, valid.Length / 2)],
            valid.Length > 2 ? $"{{\"{first}\":null,{valid[1..]}" : "{\"x\":1,\"x\":2}",
            valid.Length > 2 ? $"{{\"unknownField\":1,{valid[1..]}" : "{\"unknownField\":1}",
            "{\"name\":\"\\ud800\"}", "{\"x\":1e999}", new string('[', 300) + new string(']', 300), "\u0000", "{\"a\":NaN}",
            valid.Replace("\"", "'"), "{\"source\":\"Health-Station\",\"resources\":\" yes\",\"outcome\":\"Held\"}",
        };
        return variants[random.Next(variants.Length)];
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private HttpClient Authorized(string token)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A token that outlives any move of the dev clock (the fuzzer moves it too).</summary>
    private static string Token(string? tenant, string role, string? subject, string signingKey = ApiFactory.SigningKey, DateTime? expires = null)
    {
        var claims = new List<Claim> { new("role", role) };
        if (tenant is not null) claims.Add(new Claim("tenant", tenant));
        if (subject is not null) claims.Add(new Claim("sub", subject));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "coachingbackend-dev",
            Audience = "coachingbackend-api",
            Expires = expires ?? DateTime.UtcNow.AddYears(50),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Tampered(string tenant, string valid, Random random) => random.Next(10) switch
    {
        0 => Token("", "org-admin", "admin-1"),
        1 => Token(tenant, "org-admin", null),
        2 => Token(null, "org-admin", "admin-1"),
        3 => Token(tenant + "\u0000", "org-admin", "admin-1"),
        4 => Token(tenant, "org-admin", "admin-1", signingKey: "another-key-0123456789abcdef-0123456789abcdef"),
        5 => Token(tenant, "org-admin", "admin-1", expires: DateTime.UtcNow.AddYears(-1)),
        6 => valid[..^3] + (valid[^3] == 'A' ? "BBB" : "AAA"),
        7 => "eyJhbGciOiJub25lIn0." + valid.Split('.')[1] + ".",
        8 => Token(new string('t', 5000), "org-admin", "   "),
        _ => "not.a.token",
    };
}
