using System.Globalization;

namespace CoachingBackend.Programs.Entries;

/// <summary>
/// The one line an entry shows in the client's journey: its kind and figure, never the client's own words (those stay
/// in the entry, where only the client, their coach and the org-admin read them).
/// </summary>
public static class EntrySummary
{
    public static string Of(EntryKind kind, int? mood, Measurement? measurement) => kind switch
    {
        EntryKind.ActivityDone => "Activity done",
        EntryKind.Note => "Note",
        EntryKind.Mood => $"Mood {mood}/5",
        EntryKind.Measurement => Of(measurement!),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Of(Measurement m) => m.Kind switch
    {
        MeasurementKind.Weight => $"Weight {Figure(m.Value)} kg",
        MeasurementKind.Waist => $"Waist {Figure(m.Value)} cm",
        MeasurementKind.BloodPressure => $"Blood pressure {m.Systolic}/{m.Diastolic} mmHg",
        _ => throw new ArgumentOutOfRangeException(nameof(m), m.Kind, null),
    };

    private static string Figure(decimal? value) => value!.Value.ToString("0.##", CultureInfo.InvariantCulture);
}
