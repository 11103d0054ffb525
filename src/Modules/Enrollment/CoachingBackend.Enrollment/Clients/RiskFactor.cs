namespace CoachingBackend.Enrollment.Clients;

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
