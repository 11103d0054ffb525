namespace CoachingBackend.BuildingBlocks.Analytics;

/// <summary>
/// Declares a field of an event personal, and how the analysts' export treats it. Put it on the record's positional
/// parameter as <c>[property: Personal(PersonalData.ClientId)]</c>. A field holding an object with personal data in it
/// (a name, contact details, a list of answers) is <see cref="PersonalData.Omitted"/> as a whole.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalAttribute(PersonalData treatment) : Attribute
{
    public PersonalData Treatment { get; } = treatment;
}
