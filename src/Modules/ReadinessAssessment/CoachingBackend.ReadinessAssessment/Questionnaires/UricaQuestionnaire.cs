namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// The University of Rhode Island Change Assessment, 32-item long form (McConnaughy, Prochaska &amp; Velicer 1983;
/// public domain). Item wording follows the long form published by the URI Cancer Prevention Research Center
/// (uri.edu/research/cprc/Measures, "URICA (Long Form)"). The items keep the instrument's own "my problem":
/// the instructions bind "problem" to the chosen target behaviour, so no item is reworded and the published
/// scoring key still applies. Items 4, 9, 20 and 31 are asked, as in the published form, but not scored.
/// </summary>
public static class UricaQuestionnaire
{
    public const string Key = "urica";

    private static readonly AnswerOption[] AgreementAnchors =
    [
        new("1", "Strongly disagree"),
        new("2", "Disagree"),
        new("3", "Undecided"),
        new("4", "Agree"),
        new("5", "Strongly agree"),
    ];

    private static readonly HashSet<int> Unscored = [4, 9, 20, 31];

    private static readonly string[] Statements =
    [
        "As far as I'm concerned, I don't have any problems that need changing.",
        "I think I might be ready for some self-improvement.",
        "I am doing something about the problems that had been bothering me.",
        "It might be worthwhile to work on my problem.",
        "I'm not the problem one. It doesn't make much sense for me to be here.",
        "It worries me that I might slip back on a problem I have already changed, so I am here to seek help.",
        "I am finally doing some work on my problem.",
        "I've been thinking that I might want to change something about myself.",
        "I have been successful in working on my problem but I'm not sure I can keep up the effort on my own.",
        "At times my problem is difficult, but I'm working on it.",
        "Being here is pretty much a waste of time for me because the problem doesn't have to do with me.",
        "I'm hoping that this place will help me to better understand myself.",
        "I guess I have faults, but there's nothing that I really need to change.",
        "I am really working hard to change.",
        "I have a problem and I really think I should work at it.",
        "I'm not following through with what I had already changed as well as I had hoped, and I'm here to prevent a relapse of the problem.",
        "Even though I'm not always successful in changing, I am at least working on my problem.",
        "I thought once I had resolved the problem I would be free of it, but sometimes I still find myself struggling with it.",
        "I wish I had more ideas on how to solve my problem.",
        "I have started working on my problems but I would like help.",
        "Maybe this place will be able to help me.",
        "I may need a boost right now to help me maintain the changes I've already made.",
        "I may be part of the problem, but I don't really think I am.",
        "I hope that someone here will have some good advice for me.",
        "Anyone can talk about changing; I'm actually doing something about it.",
        "All this talk about psychology is boring. Why can't people just forget about their problems?",
        "I'm here to prevent myself from having a relapse of my problem.",
        "It is frustrating, but I feel I might be having a recurrence of a problem I thought I had resolved.",
        "I have worries but so does the next person. Why spend time thinking about them?",
        "I am actively working on my problem.",
        "I would rather cope with my faults than try to change them.",
        "After all I had done to try and change my problem, every now and then it comes back to haunt me.",
    ];

    public static QuestionnaireDefinition Definition { get; } = new(
        Key,
        Version: 1,
        Title: "University of Rhode Island Change Assessment (URICA)",
        Description: "32 statements about how ready you are to change. Gives a precontemplation, contemplation, "
            + "action and maintenance score and an overall readiness score.",
        Instructions: "Each statement describes how a person might feel when starting to change something in their life. "
            + "Please indicate the extent to which you tend to agree or disagree with each statement. In each case, "
            + "make your choice in terms of how you feel right now, not what you have felt in the past or would like to feel. "
            + "For all the statements that refer to your \"problem\", answer in terms of the target behaviour you have chosen. "
            + "\"Here\" and \"this place\" refer to this coaching service.",
        ScoringMethod.Urica,
        AsksTargetBehaviour: true,
        [.. Statements.Select((text, index) => QuestionnaireItem.Scale(
            (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), text, 1, 5, AgreementAnchors,
            scored: !Unscored.Contains(index + 1)))]);
}
