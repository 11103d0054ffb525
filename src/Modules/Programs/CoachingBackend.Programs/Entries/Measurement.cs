namespace CoachingBackend.Programs.Entries;

/// <summary>
/// A measurement as the client took it: <see cref="Value"/> for weight (kg) and waist (cm), <see cref="Systolic"/> and
/// <see cref="Diastolic"/> (mmHg) for blood pressure.
/// </summary>
public sealed record Measurement(MeasurementKind Kind, decimal? Value, int? Systolic, int? Diastolic);
