namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>A day's de-duplicated figure: the chosen source's value, and how many sources measured the day.</summary>
public sealed record DailyFigureResponse(DateOnly Day, decimal Value, string Unit, string Source, int Sources);
