using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Courses.Enrolments.HearingService;

/// <summary>Discharge ends the client's enrolments still running: nothing more is done in them. A redelivery changes nothing.</summary>
public static class ClientLeftServiceHandler
{
    public static async Task Handle(ClientLeftService left, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, "system:courses", time, ct);
        var open = await streams.Reads.Query<EnrolmentRecord>()
            .Where(e => e.ClientId == left.ClientId && e.Status == EnrolmentStatus.Active)
            .Select(e => e.Id).ToListAsync(ct);
        foreach (var id in open.Order()) await streams.Decide<Enrolment>(id, null, (e, c) => Decide(e, left, c), ct);
    }

    public static Decision Decide(Enrolment e, ClientLeftService left, CommandContext context)
    {
        if (e.Status != EnrolmentStatus.Active) return Decision.None;
        return Decision.Of(new CourseEnrolmentEnded(e.Id, e.ClientId, left.Reason, context.Now))
            .Publishing(CourseJourney.Entry(context, e.ClientId, e.Id, e.Version + 1, "course-enrolment-ended",
                $"Course \"{e.CourseTitle}\" ended unfinished: the client left the service."));
    }
}
