namespace CoachingBackend.ReadinessAssessment.Assessments;

public enum LevelChange { Up, Same, Down }
