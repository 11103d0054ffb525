using CoachingBackend.Courses.Contracts;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Feedback.Surveys.Issuing;
using CoachingBackend.Feedback.Templates;
using Marten;
using Wolverine;

namespace CoachingBackend.Feedback.Surveys.HearingCourses;

/// <summary>A completed course sends the end-of-course survey about it, once per enrolment, when the organisation wants it.</summary>
public static class CourseCompletedHandler
{
    public static async Task Handle(CourseCompleted completed, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, "system:feedback", time, ct);
        await AutomaticSurveys.IssueAsync(streams, completed.ClientId, SurveyTrigger.CourseCompleted, completed.EnrolmentId,
            BuiltInTemplates.EndOfCourse, s => s.EndOfCourseSurveys,
            new SurveyAboutInput(AboutKind.Course, completed.CourseId, completed.CourseTitle), ct);
    }
}
