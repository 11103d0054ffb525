using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Courses;
using CoachingBackend.Enrollment;
using CoachingBackend.Feedback;
using CoachingBackend.Programs;
using CoachingBackend.ReadinessAssessment;

namespace CoachingBackend.Host;

/// <summary>Every module the Host runs. Adding a module is one line here (and one in the mediator's list).</summary>
public static class ModuleRegistry
{
    public static readonly IReadOnlyList<IModule> All =
    [
        new EnrollmentModule(),
        new ReadinessAssessmentModule(),
        new ProgramsModule(),
        new CoursesModule(),
        new FeedbackModule(),
    ];
}
