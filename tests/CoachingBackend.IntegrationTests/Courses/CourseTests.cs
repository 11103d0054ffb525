using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;
using static CoachingBackend.IntegrationTests.Infrastructure.CourseSteps;

namespace CoachingBackend.IntegrationTests.Courses;

/// <summary>Courses: drafted, edited under If-Match, shared with coaches for review, released to clients; their material pinned.</summary>
public sealed class CourseTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static Task<HttpResponseMessage> Publish(HttpClient by, Guid id, string audience, int? version = null) =>
        by.PostAsJsonAsync($"/api/v1/courses/{id}/publication", new { audience, version });

    [Fact]
    public async Task A_course_is_shared_with_coaches_reviewed_and_released_and_releasing_first_is_refused()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var ben = await org.As("coach", "coach-ben");
        var draft = await anna.PostAsJsonAsync("/api/v1/courses", DefinedOrder());
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await draft.Body()).GetProperty("courseId").GetGuid();
        Assert.Equal("\"1\"", draft.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"/api/v1/courses/{id}")).StatusCode);

        await (await Publish(anna, id, "clients")).ShouldBeProblem(HttpStatusCode.Conflict, "course-not-reviewed");
        Assert.Equal(HttpStatusCode.OK, (await Publish(anna, id, "coaches")).StatusCode);
        await (await Publish(anna, id, "coaches")).ShouldBeProblem(HttpStatusCode.Conflict, "course-draft-unchanged");
        await (await Publish(ben, id, "clients")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var comment = await ben.PostOk($"/api/v1/courses/{id}/versions/1/comments", new { text = "Could the stretch come first?" });
        Assert.Equal("coach-ben", comment.GetProperty("leftBy").GetString());
        Assert.Single((await anna.GetJson($"/api/v1/courses/{id}/versions/1/comments")).EnumerateArray());

        var released = await (await Publish(anna, id, "clients")).Body();
        Assert.Equal((1, "clients", 3), (released.GetProperty("version").GetInt32(), released.GetProperty("audience").GetString(),
            released.GetProperty("streamVersion").GetInt32()));
        var version = await ben.GetJson($"/api/v1/courses/{id}/versions/1");
        Assert.Equal(("Move more, step by step", "defined-order", 4, 1), (version.GetProperty("title").GetString(),
            version.GetProperty("mode").GetString(), version.GetProperty("steps").GetArrayLength(), version.GetProperty("commentCount").GetInt32()));
        var listed = Assert.Single((await ben.GetJson("/api/v1/courses?audience=clients")).GetProperty("items").EnumerateArray());
        Assert.Equal((id, 1, false), (listed.GetProperty("courseId").GetGuid(), listed.GetProperty("latestReleasedVersion").GetInt32(),
            listed.GetProperty("openToSelfEnrolment").GetBoolean()));
    }

    [Fact]
    public async Task A_released_version_never_changes_and_its_material_stays_at_the_pinned_revision()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var material = await api.AfterMessagesHandled(() => anna.PostOk("/api/v1/materials", new
        {
            kind = "text", title = "Sleep hygiene", body = "Dark, cool and quiet.", themes = new[] { "sleep" }, language = "en", estimatedMinutes = 5,
        }));
        var materialId = material.GetProperty("materialId").GetGuid();
        var course = new
        {
            title = "Sleep with material", description = (string?)null, themes = new[] { "sleep" }, mode = "free-flow", selfEnrolment = false,
            steps = new[] { Step("read", "Read about sleep", materialId: materialId, body: null) },
        };
        var id = await anna.PublishedCourseAsync(course);

        var etag = (await anna.GetAsync($"/api/v1/materials/{materialId}")).Headers.ETag!.Tag;
        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/materials/{materialId}")
        {
            Content = JsonContent.Create(new { kind = "text", title = "Sleep hygiene, revised", body = "Dark, cool, quiet, and no screens.",
                themes = new[] { "sleep" }, language = "en", estimatedMinutes = 6 }),
        };
        revise.Headers.TryAddWithoutValidation("If-Match", etag);
        await api.AfterMessagesHandled(async () => Assert.Equal(HttpStatusCode.OK, (await anna.SendAsync(revise)).StatusCode));

        var pinned = (await anna.GetJson($"/api/v1/courses/{id}/versions/1")).GetProperty("steps")[0].GetProperty("material");
        Assert.Equal((1, "Sleep hygiene", "Dark, cool and quiet.", "text"), (pinned.GetProperty("revision").GetInt32(),
            pinned.GetProperty("title").GetString(), pinned.GetProperty("body").GetString(), pinned.GetProperty("kind").GetString()));

        // Version 2 pins the revision Courses heard of since.
        var current = (await anna.GetAsync($"/api/v1/courses/{id}")).Headers.ETag!.Tag;
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/courses/{id}") { Content = JsonContent.Create(course with { title = "Sleep, v2" }) };
        edit.Headers.TryAddWithoutValidation("If-Match", current);
        Assert.Equal(HttpStatusCode.OK, (await anna.SendAsync(edit)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Publish(anna, id, "coaches")).StatusCode);
        var two = (await anna.GetJson($"/api/v1/courses/{id}/versions/2")).GetProperty("steps")[0].GetProperty("material");
        Assert.Equal((2, "Sleep hygiene, revised"), (two.GetProperty("revision").GetInt32(), two.GetProperty("title").GetString()));

        await api.AfterMessagesHandled(async () => Assert.Equal(HttpStatusCode.OK, (await anna.PostAsync($"/api/v1/materials/{materialId}/retirement", null)).StatusCode));
        await (await anna.PostAsJsonAsync("/api/v1/courses", course)).ShouldBeProblem(HttpStatusCode.Conflict, "material-retired");
        var unknown = new { course.title, course.description, course.themes, course.mode, course.selfEnrolment,
            steps = new[] { Step("read", "Read", materialId: Guid.NewGuid(), body: null) } };
        await (await anna.PostAsJsonAsync("/api/v1/courses", unknown)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Bad_drafts_are_refused_with_their_field_and_nothing_is_stored()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        async Task Refused(object body, string field)
        {
            var problem = await (await anna.PostAsJsonAsync("/api/v1/courses", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
        object Course(string mode, params object[] steps) => new { title = "T", themes = new[] { "sleep" }, mode, selfEnrolment = false, steps };

        await Refused(Course("free-flow", Step("a", "A"), Step("a", "Again")), "steps");
        await Refused(Course("timed-windows", Step("a", "A", window: Window("P7D", "P2D"))), "steps[0].window.closesAfter");
        await Refused(Course("timed-windows", Step("a", "A", window: new { opensAt = "2027-02-01T00:00:00Z", closesAt = "2027-01-01T00:00:00Z" })),
            "steps[0].window.closesAt");
        await Refused(Course("timed-windows", Step("a", "A")), "steps[0].window");
        await Refused(Course("free-flow", Step("a", "A", window: Window("P0D", "P7D"))), "steps[0].window");
        await Refused(Course("timed-windows", Step("a", "A", window: Window("P1M", "P2M"))), "steps[0].window.opensAfter");
        await Refused(Course("free-flow", Step("a", "A", required: false)), "steps");
        await Refused(Course("free-flow", Step("a", "A", body: new string('x', 8001))), "steps[0].body");
        await Refused(Course("free-flow", Step("a", "A", body: null)), "steps[0].body");
        Assert.Equal(0, (await anna.GetJson("/api/v1/courses")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Another_organisation_sees_none_of_it()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var id = await anna.PublishedCourseAsync();
        var stranger = await api.ClientAs(Tenants.New(), "coach", "coach-anna");
        await (await stranger.GetAsync($"/api/v1/courses/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.GetAsync($"/api/v1/courses/{id}/versions/1")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await Publish(stranger, id, "clients")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.GetAsync($"/api/v1/courses/{id}/enrolments")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
    }
}
