namespace CoachingBackend.BuildingBlocks.Input;

/// <summary>
/// The limit of one text field (or of each text in a list of texts): its most characters, and whether it is a long
/// free text that may hold tabs and line breaks. A text field without this attribute is a single line of at most
/// <see cref="TextRules.DefaultMaxLength"/> characters. The OpenAPI document shows the limit as <c>maxLength</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;

    /// <summary>A free text in the writer's words: tab, line feed and carriage return are allowed.</summary>
    public bool Multiline { get; init; }
}
