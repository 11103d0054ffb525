namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>A week's (Monday to Sunday) sum and mean of the de-duplicated daily figures, over the days with data.</summary>
public sealed record WeeklyFigureResponse(DateOnly WeekOf, decimal Sum, decimal Mean, int DaysWithData, string Unit);
