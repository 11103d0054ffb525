namespace CoachingBackend.Enrollment.Clients;

public sealed record PersonName(string GivenName, string FamilyName);

/// <summary>How the service reaches the client; trust starts with being contacted quickly.</summary>
public sealed record ContactDetails(string? Email, string? Phone, ContactChannel PreferredChannel);

public enum ContactChannel { Phone, Email, Sms, App }

/// <summary>Who sent the client in.</summary>
public enum ReferralSource
{
    HealthStation,
    MaternityClinic,
    GpGreenPrescription,
    OccupationalHealth,
    Employer,
    Self,
}

/// <summary>The health risk factors a referral names.</summary>
public enum RiskFactor
{
    Overweight,
    RaisedBloodPressure,
    RaisedBloodSugar,
    RaisedCholesterol,
    PhysicalInactivity,
    Smoking,
    PoorSleep,
    Stress,
    Other,
}

public enum ClientStatus { Referred }
