using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>What a hostile partner app found answered 500, and the contract's strictness: each a 4xx problem now.</summary>
public sealed class HostileInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_nul_character_in_a_text_is_a_400_naming_the_field()
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var response = await admin.PostAsync("/api/v1/coaches", Json("{\"name\":\"Anna\\u0000\",\"userId\":\"anna\"}"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Contains("control characters", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task Line_breaks_are_kept_in_a_long_free_text_but_not_in_a_name()
    {
        var referrer = await api.ClientAs(Tenants.New(), "referrer");
        var ok = await referrer.PostAsync("/api/v1/referrals", Json("""
            {"name":{"givenName":"Aino","familyName":"Virtanen"},"contact":{"email":"a@example.fi","preferredChannel":"email"},
             "source":"self","reason":"Line one\nline two\ttabbed"}
            """));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var bad = await referrer.PostAsync("/api/v1/referrals", Json("""
            {"name":{"givenName":"Ai\nno","familyName":"Virtanen"},"contact":{"email":"a@example.fi","preferredChannel":"email"},
             "source":"self","reason":"x"}
            """));
        var problem = await bad.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("name.givenName", out _), problem.GetRawText());
    }

    [Fact]
    public async Task A_text_over_its_limit_is_a_400_naming_the_field()
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var response = await admin.PostAsync("/api/v1/coaches", Json($"{{\"name\":\"{new string('a', 100_000)}\",\"userId\":\"anna\"}}"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Contains("at most 200 characters", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Theory]
    [InlineData("POST", "meetings")]
    [InlineData("POST", "intake-interview")]
    [InlineData("PUT", "coach")]
    [InlineData("POST", "activation")]
    [InlineData("POST", "time-out")]
    [InlineData("POST", "resumption")]
    [InlineData("POST", "discharge")]
    public async Task The_empty_guid_as_a_client_is_a_400_on_every_journey_command(string method, string action)
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/clients/{Guid.Empty}/{action}")
        {
            Content = Json("{}"),
        });
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, response.StatusCode == HttpStatusCode.BadRequest
            && (await response.Content.ReadAsStringAsync()).Contains("malformed-request") ? "malformed-request" : "validation");
        Assert.DoesNotContain("CoachingBackend.", problem.GetRawText());
    }

    [Fact]
    public async Task The_empty_guid_in_a_route_is_refused_by_its_parameter_name()
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var response = await admin.PostAsync($"/api/v1/clients/{Guid.Empty}/resumption", Json("{}"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("clientId", out _));
        var read = await admin.GetAsync($"/api/v1/clients/{Guid.Empty}");
        await read.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task The_empty_guid_in_a_body_is_a_400()
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var clientId = await admin.ReferAsync();
        var response = await admin.PutAsync($"/api/v1/clients/{clientId}/coach", Json($"{{\"coachId\":\"{Guid.Empty}\"}}"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("coachId", out _));
    }

    [Theory]
    [InlineData("""{"heldAt":"2020-01-01T10:00:00Z","mode":"remote","resources":"Time","preferredMode":"remote"}""")]
    [InlineData("""{"heldAt":"2020-01-01T10:00:00Z","mode":"remote","needs":null,"goals":null,"resources":"Time","preferredMode":"remote"}""")]
    public async Task A_missing_or_null_required_list_on_the_intake_is_a_400(string body)
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var clientId = await admin.ReferAsync();
        var response = await admin.PostAsync($"/api/v1/clients/{clientId}/intake-interview", Json(body));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("needs", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("goals", out _));
    }

    [Fact]
    public async Task A_missing_answers_list_on_an_assessment_is_a_400()
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var clientId = await admin.ReferAsync();
        var response = await admin.PostAsync($"/api/v1/clients/{clientId}/readiness-assessments",
            Json("""{"questionnaire":"readiness-ruler","resources":"yes"}"""));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("answers", out _));
    }

    [Theory]
    [InlineData("", "admin-1")]
    [InlineData(null, "admin-1")]
    [InlineData("TENANT", null)]
    [InlineData("TENANT", "  ")]
    public async Task A_token_without_an_organisation_or_a_subject_is_a_401(string? tenant, string? subject)
    {
        var claims = new List<Claim> { new("role", "org-admin") };
        if (tenant is not null) claims.Add(new Claim("tenant", tenant == "TENANT" ? Tenants.New() : tenant));
        if (subject is not null) claims.Add(new Claim("sub", subject));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "coachingbackend-dev", Audience = "coachingbackend-api", Expires = DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ApiFactory.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await (await client.GetAsync("/api/v1/settings/enrollment")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [InlineData("""{"name":"Anna","userId":"anna","capacity":"60"}""", "capacity", "Must be an integer.")]
    [InlineData("""{"name":"Anna","userId":"anna","capacity":60,"role":"boss"}""", "role", "Is not a field")]
    [InlineData("""{"name":"Anna","userId":"anna","name":"Bea"}""", "name", "more than once")]
    [InlineData("""{"name":42,"userId":"anna"}""", "name", "Must be a string.")]
    [InlineData("""[]""", "$", "Must be an object.")]
    public async Task A_body_the_schema_does_not_allow_is_a_400_in_the_callers_terms(string body, string field, string message)
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var response = await admin.PostAsync("/api/v1/coaches", Json(body));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.DoesNotContain("CoachingBackend.", problem.GetRawText());
        Assert.DoesNotContain("System.", problem.GetRawText());
    }

    [Theory]
    [InlineData("Self")]
    [InlineData(" self")]
    [InlineData("self ")]
    [InlineData("SELF")]
    [InlineData("0")]
    public async Task An_enum_is_read_only_in_its_exact_kebab_case_spelling(string source)
    {
        var referrer = await api.ClientAs(Tenants.New(), "referrer");
        var response = await referrer.PostAsync("/api/v1/referrals", Json($$"""
            {"name":{"givenName":"Aino","familyName":"Virtanen"},"contact":{"email":"a@example.fi","preferredChannel":"email"},
             "source":"{{source}}","reason":"x"}
            """));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        Assert.True(problem.GetProperty("errors").TryGetProperty("source", out _));
    }

    [Fact]
    public async Task An_empty_body_is_a_400_that_names_no_type()
    {
        var admin = await api.ClientAs(Tenants.New(), "org-admin");
        var response = await admin.PostAsync("/api/v1/coaches", Json(""));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        Assert.DoesNotContain("RegisterCoach", problem.GetRawText());
    }
}
