using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>
/// What an enrolment contributes to the client's journey: one line per change, with its source (the enrolment stream and
/// the version the change brought it to). Summaries carry no words of the client's own.
/// </summary>
public static class CourseJourney
{
    public const string Module = "courses";

    public static JourneyEntryContributed Entry(CommandContext context, Guid clientId, Guid enrolmentId, long version, string kind,
        string summary, bool clientsOwnDoing = false) =>
        new(context.TenantId, clientId, Module, kind, summary, enrolmentId, version, context.Now, clientsOwnDoing);
}
