namespace CoachingBackend.Enrollment.Clients;

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
