using CoachingBackend.Courses.Enrolments.FulfillingRequests;
using CoachingBackend.Courses.Enrolments.RequestingMaterial;
using JasperFx.Events;
using Marten.Events.Projections;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>One <see cref="MaterialRequestRecord"/> per request, inline, from the enrolment streams.</summary>
public sealed partial class MaterialRequestRecordProjection : MultiStreamProjection<MaterialRequestRecord, Guid>
{
    public MaterialRequestRecordProjection()
    {
        Identity<CourseMaterialRequested>(e => e.RequestId);
        Identity<CourseMaterialRequestFulfilled>(e => e.RequestId);
    }

    public static MaterialRequestRecord Create(IEvent<CourseMaterialRequested> e) => new()
    {
        Id = e.Data.RequestId, EnrolmentId = e.Data.EnrolmentId, ClientId = e.Data.ClientId, CourseId = e.Data.CourseId,
        CourseTitle = e.Data.CourseTitle, Text = e.Data.Text,
        RequestedAt = e.Data.RequestedAt, IsOpen = true,
    };

    public static void Apply(CourseMaterialRequestFulfilled e, MaterialRequestRecord r)
    {
        r.IsOpen = false;
        r.FulfilledAt = e.FulfilledAt;
        r.FulfilledBy = e.FulfilledBy;
        r.Note = e.Note;
    }
}
