namespace CoachingBackend.Feedback.Templates;

/// <summary>
/// The surveys every organisation has from the start, each at version 1: the sources collect feedback at the end of a
/// course, at the end of the service and after meetings. An organisation publishes its own versions over them.
/// </summary>
public static class BuiltInTemplates
{
    public const string EndOfCourse = "end-of-course";
    public const string EndOfService = "end-of-service";
    public const string AfterMeeting = "after-meeting";

    public static readonly IReadOnlyList<SurveyTemplateVersionRecord> All =
    [
        Version(EndOfCourse, "How was the course?", "Overall, how was the course for you?", "How would you rate the course?",
            "How likely are you to recommend the course to a friend?"),
        Version(EndOfService, "How was your coaching?", "Overall, how was the coaching for you?", "How would you rate the coaching?",
            "How likely are you to recommend this coaching to a friend?"),
        Version(AfterMeeting, "How was the meeting?", "Overall, how was the meeting for you?", "How would you rate the meeting?", null),
    ];

    public static SurveyTemplateVersionRecord? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    private static SurveyTemplateVersionRecord Version(string key, string title, string judgement, string rating, string? recommend)
    {
        List<SurveyItem> items =
        [
            new("judgement", SurveyItemKind.Judgement, judgement, Required: true),
            new("rating", SurveyItemKind.Rating, rating, Required: true),
        ];
        if (recommend is not null) items.Add(new("recommend", SurveyItemKind.Likelihood, recommend, Required: true));
        items.Add(new("what-helped", SurveyItemKind.Text, "What helped you most?", Required: false));
        items.Add(new("what-to-improve", SurveyItemKind.Text, "What should we do better?", Required: false));
        return new SurveyTemplateVersionRecord
        {
            Id = SurveyTemplateVersionRecord.IdOf(key, 1), Key = key, Number = 1, Title = title, Items = items, IsBuiltIn = true,
        };
    }
}
