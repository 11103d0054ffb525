namespace CoachingBackend.Programs.Content;

/// <summary>
/// The themes coaching is built from (the sources: exercise, eating, sleep, recovery, plus goal setting and mental
/// wellbeing). A client's programme holds only the themes the client chose.
/// </summary>
public enum Theme { Exercise, Eating, Sleep, Recovery, Goals, MentalWellbeing }
