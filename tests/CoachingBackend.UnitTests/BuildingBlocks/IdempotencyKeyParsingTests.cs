using CoachingBackend.BuildingBlocks.Http.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoachingBackend.UnitTests.BuildingBlocks;

public sealed class IdempotencyKeyParsingTests
{
    [Theory]
    [InlineData("8e03978e-40d5-43e8-bc93-6894a57f9324", "8e03978e-40d5-43e8-bc93-6894a57f9324")]
    [InlineData("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", "8e03978e-40d5-43e8-bc93-6894a57f9324")]
    [InlineData("a key with spaces", "a key with spaces")]
    [InlineData("\"say \\\"hi\\\" \\\\ back\"", "say \"hi\" \\ back")]
    [InlineData("x", "x")]
    public void A_key_is_one_bare_or_quoted_string_of_printable_characters(string header, string key) =>
        Assert.Equal(key, IdempotencyKeys.Parse(new StringValues(header)));

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("\"open")]
    [InlineData("\"in\"side\"")]
    [InlineData("\"bad \\x escape\"")]
    [InlineData("tab\there")]
    [InlineData("ääkkönen")]
    public void Anything_else_is_a_malformed_request(string header) =>
        Assert.Equal(400, Assert.Throws<BadHttpRequestException>(() => IdempotencyKeys.Parse(new StringValues(header))).StatusCode);

    [Fact]
    public void The_length_is_1_to_255_and_the_header_comes_once()
    {
        Assert.Equal(255, IdempotencyKeys.Parse(new StringValues(new string('k', 255))).Length);
        Assert.Throws<BadHttpRequestException>(() => IdempotencyKeys.Parse(new StringValues(new string('k', 256))));
        Assert.Throws<BadHttpRequestException>(() => IdempotencyKeys.Parse(new StringValues(["a", "b"])));
    }
}
