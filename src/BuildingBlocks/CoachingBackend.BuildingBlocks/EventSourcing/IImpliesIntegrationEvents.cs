namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// An integration event that implies others, published with it in the same transaction. A marker interface in a
/// module's Contracts uses it to turn "any event marked so" into one concrete event its module can handle
/// (Wolverine routes by concrete type, so a handler of an interface alone would never be reached).
/// </summary>
public interface IImpliesIntegrationEvents
{
    IEnumerable<object> ImpliedEvents();
}
