using System.ComponentModel.DataAnnotations;

namespace CoachingBackend.Programs.Entries.Recording;

/// <param name="Value">Weight in kg or waist in cm.</param>
/// <param name="Systolic">Blood pressure, the upper figure in mmHg.</param>
/// <param name="Diastolic">Blood pressure, the lower figure in mmHg.</param>
public sealed record MeasurementInput([property: Required] MeasurementKind? Kind, decimal? Value, int? Systolic, int? Diastolic)
{
    public Measurement ToMeasurement() => new(Kind!.Value, Value, Systolic, Diastolic);
}
