using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoachingBackend.UnitTests.BuildingBlocks;

public sealed class IfMatchParsingTests
{
    private static long? Expected(params string[] headerLines)
    {
        var context = new DefaultHttpContext();
        if (headerLines.Length > 0) context.Request.Headers.IfMatch = new StringValues(headerLines);
        return context.Request.ExpectedVersion();
    }

    [Theory]
    [InlineData("\"7\"", 7L)]
    [InlineData("  \"7\"  ", 7L)]
    [InlineData("\"0\"", 0L)]
    [InlineData("\"a,b\", \"7\"", 7L)]
    [InlineData(", \"7\" ,,", 7L)]
    [InlineData("\"7\", \"7\"", 7L)]
    [InlineData("W/\"8\", \"7\"", 7L)]
    public void The_one_strong_version_in_the_list_is_the_expected_version(string header, long version) =>
        Assert.Equal(version, Expected(header));

    [Fact]
    public void Tags_on_several_header_lines_form_one_list() =>
        Assert.Equal(7L, Expected("\"abc\"", "\"7\""));

    [Theory]
    [InlineData()]
    [InlineData("*")]
    [InlineData(" , ")]
    public void No_header_or_a_star_is_no_precondition(params string[] header) => Assert.Null(Expected(header));

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"-3\"")]
    [InlineData("\"+3\"")]
    [InlineData("W/\"3\"")]
    [InlineData("\"3\", \"4\"")]
    [InlineData("\"99999999999999999999\"")]
    public void A_tag_that_names_no_single_version_fails_the_precondition(string header) =>
        Assert.Throws<PreconditionFailedException>(() => Expected(header));

    [Theory]
    [InlineData("3")]
    [InlineData("abc")]
    [InlineData("\"3")]
    [InlineData("w/\"3\"")]
    [InlineData("\"3\" \"4\"")]
    [InlineData("*, \"3\"")]
    [InlineData("\"3\"x")]
    [InlineData("\" 3\"")]
    public void A_value_that_is_not_an_entity_tag_is_malformed(string header) =>
        Assert.Equal(400, Assert.Throws<BadHttpRequestException>(() => Expected(header)).StatusCode);
}
