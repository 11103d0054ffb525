using CoachingBackend.BuildingBlocks.Input;
namespace CoachingBackend.Enrollment.Clients;

/// <summary>How the service reaches the client; trust starts with being contacted quickly.</summary>
public sealed record ContactDetails([property: Text(254)] string? Email, string? Phone, ContactChannel PreferredChannel);
