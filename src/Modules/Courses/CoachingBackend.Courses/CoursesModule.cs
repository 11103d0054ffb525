using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Courses.Clients;
using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Definitions.Browsing;
using CoachingBackend.Courses.Definitions.Drafting;
using CoachingBackend.Courses.Definitions.EditingDraft;
using CoachingBackend.Courses.Definitions.Publishing;
using CoachingBackend.Courses.Definitions.Reviewing;
using CoachingBackend.Courses.Enrolments;
using CoachingBackend.Courses.Enrolments.Browsing;
using CoachingBackend.Courses.Enrolments.Closing;
using CoachingBackend.Courses.Enrolments.Completing;
using CoachingBackend.Courses.Enrolments.Enrolling;
using CoachingBackend.Courses.Enrolments.FulfillingRequests;
using CoachingBackend.Courses.Enrolments.HearingService;
using CoachingBackend.Courses.Enrolments.RequestingMaterial;
using CoachingBackend.Courses.Materials;
using CoachingBackend.Courses.Settings;
using CoachingBackend.Courses.Settings.Changing;
using CoachingBackend.Courses.Settings.Getting;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Courses;

/// <summary>
/// Courses: self-paced learning paths in free-flow, defined-order or timed-window mode, published to coaches and then
/// clients like programmes; one stream per client's enrolment; more material on request; the coach's view of who has
/// stalled. It learns of the material bank and the client directory only from Programs' and Enrollment's contracts.
/// </summary>
public sealed class CoursesModule : IModule
{
    public string Name => "Courses";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHostedService<EnrolmentClosingScanner>();

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Add<KnownClientProjection>(ProjectionLifecycle.Inline);
        // Its own table: Programs' and ReadinessAssessment's KnownClient would otherwise take the same default alias.
        // Numeric revisions, as the table had when an aggregation kept it: an existing database needs no migration.
        options.Schema.For<KnownClient>().DocumentAlias("courses_known_client").Index(c => c.CoachUserId).UseNumericRevisions(true);
        // The bank's items as Programs announced them, kept by the handlers in Materials/HearingMaterials.
        options.Schema.For<KnownMaterial>().DocumentAlias("courses_known_material");

        options.Events.AddEventTypes([
            typeof(CourseDrafted), typeof(CourseDraftEdited), typeof(CourseSharedWithCoaches), typeof(CourseReleasedToClients),
            typeof(CourseReviewCommentLeft), typeof(CoursesSettingsChanged),
        ]);
        options.Projections.Snapshot<Course>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<CourseReview>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<CoursesRules>(SnapshotLifecycle.Inline);
        options.Projections.Add<CourseRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CourseVersionRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CourseReviewRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CoursesSettingsRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CourseRecord>().Index(c => c.AuthorUserId).Index(c => c.DraftedAt);
        options.Schema.For<CourseVersionRecord>().Index(v => v.CourseId);

        // Enrolments: a stream per client and course (docs/adr/0019-enrolment-streams.md).
        options.Events.AddEventTypes([
            typeof(ClientEnrolledInCourse), typeof(CourseStepCompleted), typeof(CourseEnrolmentCompleted),
            typeof(CourseEnrolmentNotCompleted), typeof(CourseEnrolmentEnded), typeof(CourseMaterialRequested),
            typeof(CourseMaterialRequestFulfilled),
        ]);
        options.Projections.Snapshot<Enrolment>(SnapshotLifecycle.Inline);
        options.Projections.Add<EnrolmentRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<MaterialRequestRecordProjection>(ProjectionLifecycle.Inline);
        // The two lists a page at a time, each over its own index in the order it is listed in; the closing scan by its moment.
        options.Schema.For<EnrolmentRecord>()
            .Index(e => e.ClientId)
            .Index(e => e.CourseId)
            .Index(e => e.EnrolledAt)
            .Index(e => e.ClosesAt);
        options.Schema.For<MaterialRequestRecord>().Index(r => r.ClientId).Index(r => r.IsOpen);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(CoursesModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        DraftCourse.Map(api);
        ListCourses.Map(api);
        GetCourse.Map(api);
        EditCourseDraft.Map(api);
        PublishCourse.Map(api);
        GetCourseVersion.Map(api);
        LeaveCourseReviewComment.Map(api);
        ListCourseReviewComments.Map(api);
        EnrolInCourse.Map(api);
        ListCourseEnrolments.Map(api);
        ListClientEnrolments.Map(api);
        GetEnrolment.Map(api);
        CompleteStep.Map(api);
        RequestMaterial.Map(api);
        ListMaterialRequests.Map(api);
        FulfilMaterialRequest.Map(api);
        GetCoursesSettings.Map(api);
        ChangeCoursesSettings.Map(api);
    }
}
