namespace CoachingBackend.Feedback.Summaries;

/// <summary>
/// How a summary groups surveys: by the course or programme they were about (surveys about neither are left out), by
/// the coach the feedback is about, or by the month (UTC) they were issued in.
/// </summary>
public enum SummaryGrouping { Course, Programme, Coach, Month }
