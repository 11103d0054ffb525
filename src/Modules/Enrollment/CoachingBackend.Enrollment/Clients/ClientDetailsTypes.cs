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

/// <summary>Where the client is in the service.</summary>
public enum ClientStatus { Referred, Active, OnTimeOut, Discharged }

/// <summary>How a meeting or interview was held.</summary>
public enum MeetingMode { FaceToFace, Remote }

/// <summary>How the client prefers to be coached; the hybrid model mixes both.</summary>
public enum CoachingMode { FaceToFace, Remote, Hybrid }
