namespace CoachingBackend.Enrollment.Clients;

public sealed record PersonName(string GivenName, string FamilyName);
