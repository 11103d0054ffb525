namespace CoachingBackend.Programs.Entries;

/// <summary>What a client measures at home: weight (kg), waist (cm), blood pressure (mmHg).</summary>
public enum MeasurementKind { Weight, Waist, BloodPressure }
