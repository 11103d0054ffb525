using CoachingBackend.BuildingBlocks.Input;
namespace CoachingBackend.Enrollment.Clients;

public sealed record PersonName([property: Text(100)] string GivenName, [property: Text(100)] string FamilyName);
