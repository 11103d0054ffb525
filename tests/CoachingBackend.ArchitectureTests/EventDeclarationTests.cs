using System.Reflection;
using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Host;
using Marten;
using Marten.Events;

namespace CoachingBackend.ArchitectureTests;

/// <summary>
/// Every event the store keeps is declared for the analysts' export (docs/adr/0020-analyst-export.md): what it means,
/// and which of its fields are personal. An undeclared event would never reach analysts; an undeclared personal field
/// would reach them raw.
/// </summary>
public sealed class EventDeclarationTests
{
    private static readonly IReadOnlyList<Type> StoredEvents = Registered();

    /// <summary>Field names that always hold a person's id, a name or a person's own words.</summary>
    private static readonly string[] PersonalNames =
        ["ClientId", "CoachId", "CoachUserId", "PreviousCoachId", "UserId", "Name", "Email", "Phone", "Contact", "Notes", "Note", "DateOfBirth"];

    [Fact]
    public void Every_event_registered_in_the_store_declares_its_meaning()
    {
        Assert.NotEmpty(StoredEvents);
        var undeclared = StoredEvents.Where(t => t.GetCustomAttribute<EventMeaningAttribute>() is null).Select(t => t.FullName).ToList();
        Assert.True(undeclared.Count == 0, $"Add [EventMeaning(\"...\")] to: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Fields_that_name_a_person_or_hold_their_words_are_declared_personal()
    {
        var undeclared = StoredEvents
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => PersonalNames.Contains(x.Property.Name)
                        || (x.Property.Name.EndsWith("By", StringComparison.Ordinal) && x.Property.PropertyType == typeof(string)))
            .Where(x => x.Property.GetCustomAttribute<PersonalAttribute>() is null)
            // A coach's name on their own registration is theirs; a programme's name is not a person's.
            .Where(x => !(x.Property.Name == "Name" && x.Type.Name.StartsWith("Programme", StringComparison.Ordinal)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}").ToList();
        Assert.True(undeclared.Count == 0, $"Declare [property: Personal(...)] on: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Ids_are_declared_on_ids_and_a_birth_year_on_a_date()
    {
        var wrong = StoredEvents.SelectMany(t => t.GetProperties())
            .Select(p => (Property: p, p.GetCustomAttribute<PersonalAttribute>()?.Treatment))
            .Where(x => x.Treatment switch
            {
                PersonalData.ClientId or PersonalData.StaffId => Plain(x.Property) != typeof(Guid) && Plain(x.Property) != typeof(string),
                PersonalData.BirthYear => Plain(x.Property) != typeof(DateOnly),
                _ => false,
            })
            .Select(x => $"{x.Property.DeclaringType!.Name}.{x.Property.Name}").ToList();
        Assert.True(wrong.Count == 0, string.Join(", ", wrong));
    }

    private static Type Plain(PropertyInfo property) => Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

    /// <summary>The event types the modules register in the store, as the Host configures it.</summary>
    private static List<Type> Registered()
    {
        var options = new StoreOptions();
        foreach (var module in ModuleRegistry.All) module.ConfigureMarten(options);
        // Marten's own (Archived) are not the product's events and are never exported.
        return ((IReadOnlyEventStoreOptions)options.Events).AllKnownEventTypes().Select(t => t.EventType)
            .Where(t => t.FullName!.StartsWith("CoachingBackend.", StringComparison.Ordinal)).Distinct().ToList();
    }
}
