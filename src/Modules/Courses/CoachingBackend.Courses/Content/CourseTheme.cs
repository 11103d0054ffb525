namespace CoachingBackend.Courses.Content;

/// <summary>The themes coaching is built from, as in the material bank (the API names them kebab-case: <c>mental-wellbeing</c>).</summary>
public enum CourseTheme { Exercise, Eating, Sleep, Recovery, Goals, MentalWellbeing }
