using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.Courses.Contracts;
using CoachingBackend.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace CoachingBackend.IntegrationTests.Courses;

/// <summary>A client's way through a course: enrolled, steps done by the course's mode, completed once, and who may do what.</summary>
public sealed class EnrolmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Completion(Guid enrolmentId, string step) => $"/api/v1/enrolments/{enrolmentId}/steps/{step}/completion";

    private static Dictionary<string, string?> States(JsonElement enrolment) => enrolment.GetProperty("steps").EnumerateArray()
        .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("state").GetString());

    private static async Task<List<JsonElement>> CourseEntries(HttpClient by, Guid clientId) =>
        [.. (await by.GetJson($"/api/v1/clients/{clientId}/journey")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded")
            .Select(e => e.GetProperty("payload"))
            .Where(p => p.GetProperty("module").GetString() == "courses")];

    [Fact]
    public async Task Free_flow_steps_are_done_in_any_order_and_the_course_completes_once()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var courseId = await coach.PublishedCourseAsync();
        var enrolmentId = await api.EnrolAsync(coach, courseId, clientId);

        var enrolment = await client.GetJson($"/api/v1/enrolments/{enrolmentId}");
        Assert.Equal(("active", 1, "free-flow"), (enrolment.GetProperty("status").GetString(), enrolment.GetProperty("courseVersion").GetInt32(),
            enrolment.GetProperty("mode").GetString()));
        // Extra material is hidden from the client until a coach unlocks it; staff see it, locked.
        Assert.Equal(new Dictionary<string, string?> { ["why-sleep"] = "open", ["my-evening"] = "open", ["bonus-tip"] = "open" }, States(enrolment));
        Assert.Equal("locked", States(await coach.GetJson($"/api/v1/enrolments/{enrolmentId}"))["night-shifts"]);

        await (await client.PostAsJsonAsync(Completion(enrolmentId, "my-evening"), new { answer = " " }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        await (await client.PostAsJsonAsync(Completion(enrolmentId, "no-such-step"), new { }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await client.PostAsJsonAsync(Completion(enrolmentId, "night-shifts"), new { }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");

        var answered = await api.CompleteAsync(client, enrolmentId, "my-evening", "I scroll my phone until midnight.");
        Assert.Equal("done", States(answered)["my-evening"]);
        var etag = (await client.GetAsync($"/api/v1/enrolments/{enrolmentId}")).Headers.ETag!.Tag;
        // The same answer again is no new event; another answer is refused.
        await api.CompleteAsync(client, enrolmentId, "my-evening", "I scroll my phone until midnight.");
        Assert.Equal(etag, (await client.GetAsync($"/api/v1/enrolments/{enrolmentId}")).Headers.ETag!.Tag);
        await (await client.PostAsJsonAsync(Completion(enrolmentId, "my-evening"), new { answer = "Something else." }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "step-done");

        var tracked = await api.Tracked(() => client.PostOk(Completion(enrolmentId, "why-sleep"), new { }));
        var completed = Assert.Single(tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<CourseCompleted>().DistinctBy(m => m.EnrolmentId));
        Assert.Equal((clientId, enrolmentId, courseId, 1, "Sleep basics"), (completed.ClientId, completed.EnrolmentId, completed.CourseId,
            completed.CourseVersion, completed.CourseTitle));
        var again = await api.Tracked(() => client.PostOk(Completion(enrolmentId, "bonus-tip"), new { }));
        Assert.Empty(again.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<CourseCompleted>());

        var done = await client.GetJson($"/api/v1/enrolments/{enrolmentId}");
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal((2, 2), (done.GetProperty("progress").GetProperty("requiredDone").GetInt32(), done.GetProperty("progress").GetProperty("requiredTotal").GetInt32()));
        var entries = await CourseEntries(coach, clientId);
        var kinds = entries.Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["course-enrolled", "course-step-completed"], kinds[..2]);
        // The last required step and the completion are one decision: Enrollment records its two entries as they arrive.
        Assert.Equal(["course-completed", "course-step-completed"], kinds[2..4].Order());
        Assert.Equal("course-step-completed", kinds[4]);
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.GetProperty("sourceVersion").GetInt64()).Order());
        Assert.All(entries, e => Assert.Equal(enrolmentId, e.GetProperty("sourceStream").GetGuid()));
        Assert.Equal("Step \"What does your evening look like?\" of course \"Sleep basics\" done.", entries[1].GetProperty("summary").GetString());

        var listed = Assert.Single((await client.GetJson($"/api/v1/clients/{clientId}/enrolments")).GetProperty("items").EnumerateArray());
        Assert.Equal((enrolmentId, "completed"), (listed.GetProperty("enrolmentId").GetGuid(), listed.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Defined_order_refuses_a_skipped_required_step_but_not_a_skipped_optional_one()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var enrolmentId = await api.EnrolAsync(coach, await coach.PublishedCourseAsync(CourseSteps.DefinedOrder()), clientId);

        Assert.Equal(new Dictionary<string, string?> { ["first-walk"] = "open", ["stretch"] = "locked", ["longer-walk"] = "locked", ["how-did-it-go"] = "locked" },
            States(await client.GetJson($"/api/v1/enrolments/{enrolmentId}")));
        await (await client.PostAsJsonAsync(Completion(enrolmentId, "longer-walk"), new { }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "step-locked");
        Assert.Equal("\"1\"", (await client.GetAsync($"/api/v1/enrolments/{enrolmentId}")).Headers.ETag!.Tag);

        await api.CompleteAsync(client, enrolmentId, "first-walk");
        var after = await api.CompleteAsync(client, enrolmentId, "longer-walk");
        Assert.Equal(("open", "open"), (States(after)["stretch"], States(after)["how-did-it-go"]));
        await api.CompleteAsync(client, enrolmentId, "how-did-it-go", "Better than I thought.");
        Assert.Equal("completed", (await client.GetJson($"/api/v1/enrolments/{enrolmentId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Enrolment_needs_the_responsible_coach_or_a_course_open_to_the_client_themself()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var (benId, ben) = await org.CoachAsync("coach-ben");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var otherClientId = await org.ActiveClientAsync(ben, benId, "Eero");
        var otherClient = await org.As("client", otherClientId.ToString());
        var closed = await coach.PublishedCourseAsync(CourseSteps.DefinedOrder());
        var open = await coach.PublishedCourseAsync(CourseSteps.FreeFlow());
        var draftOnly = await coach.PublishedCourseAsync(CourseSteps.FreeFlow("Not yet"), toClients: false);

        await (await client.PostAsJsonAsync($"/api/v1/courses/{closed}/enrolments", new { clientId }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "self-enrolment-not-allowed");
        await (await coach.PostAsJsonAsync($"/api/v1/courses/{draftOnly}/enrolments", new { clientId }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "course-not-released");
        await (await ben.PostAsJsonAsync($"/api/v1/courses/{closed}/enrolments", new { clientId }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await otherClient.PostAsJsonAsync($"/api/v1/courses/{open}/enrolments", new { clientId }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await coach.PostAsJsonAsync($"/api/v1/courses/{open}/enrolments", new { clientId = Guid.NewGuid() }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");

        var enrolmentId = await api.EnrolAsync(client, open, clientId);
        Assert.True((await client.GetJson($"/api/v1/enrolments/{enrolmentId}")).GetProperty("selfEnrolled").GetBoolean());
        await (await coach.PostAsJsonAsync($"/api/v1/courses/{open}/enrolments", new { clientId }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "already-enrolled");
        // Enrolling oneself is the client's own doing: it counts as their activity.
        var enrolledAt = (await client.GetJson($"/api/v1/enrolments/{enrolmentId}")).GetProperty("enrolledAt").GetDateTimeOffset();
        Assert.Equal(enrolledAt, (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("lastActivityAt").GetDateTimeOffset());

        // Another client, another coach, another organisation: none of them reach this enrolment.
        await (await otherClient.GetAsync($"/api/v1/enrolments/{enrolmentId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await otherClient.PostAsJsonAsync(Completion(enrolmentId, "why-sleep"), new { })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await coach.PostAsJsonAsync(Completion(enrolmentId, "why-sleep"), new { })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await ben.GetAsync($"/api/v1/enrolments/{enrolmentId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await ben.GetAsync($"/api/v1/clients/{clientId}/enrolments")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await otherClient.PostAsJsonAsync($"/api/v1/enrolments/{enrolmentId}/material-requests", new { text = "More, please." }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var stranger = await api.ClientAs(Tenants.New(), "client", clientId.ToString());
        await (await stranger.GetAsync($"/api/v1/enrolments/{enrolmentId}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.PostAsJsonAsync(Completion(enrolmentId, "why-sleep"), new { })).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.PostAsJsonAsync($"/api/v1/enrolments/{enrolmentId}/material-requests", new { text = "More." }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.PostAsJsonAsync($"/api/v1/courses/{open}/enrolments", new { clientId })).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Single((await coach.GetJson($"/api/v1/courses/{open}/enrolments")).GetProperty("items").EnumerateArray());
        Assert.Empty((await ben.GetJson($"/api/v1/courses/{open}/enrolments")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_request_for_more_material_is_answered_by_unlocking_an_extra_step_the_client_then_does()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var (_, ben) = await org.CoachAsync("coach-ben");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var enrolmentId = await api.EnrolAsync(coach, await coach.PublishedCourseAsync(), clientId);

        var request = await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/enrolments/{enrolmentId}/material-requests",
            new { text = "I work night shifts. Is there something for that?" }));
        var requestId = request.GetProperty("requestId").GetGuid();
        var open = Assert.Single((await coach.GetJson("/api/v1/material-requests")).GetProperty("items").EnumerateArray());
        Assert.Equal((requestId, enrolmentId, "Sleep basics"), (open.GetProperty("requestId").GetGuid(), open.GetProperty("enrolmentId").GetGuid(),
            open.GetProperty("courseTitle").GetString()));
        Assert.Empty((await ben.GetJson("/api/v1/material-requests")).GetProperty("items").EnumerateArray());

        var answer = new { unlockSteps = new[] { "night-shifts" }, note = "Here is the part on sleeping after night shifts." };
        await (await ben.PostAsJsonAsync($"/api/v1/material-requests/{requestId}/fulfilment", answer)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await client.PostAsJsonAsync($"/api/v1/material-requests/{requestId}/fulfilment", answer)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await coach.PostAsJsonAsync($"/api/v1/material-requests/{requestId}/fulfilment", new { unlockSteps = new[] { "why-sleep" }, note = "x" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var fulfilled = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/material-requests/{requestId}/fulfilment", answer));
        Assert.Equal(answer.note, fulfilled.GetProperty("note").GetString());
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/material-requests/{requestId}/fulfilment", answer));
        await (await coach.PostAsJsonAsync($"/api/v1/material-requests/{requestId}/fulfilment", answer with { note = "Other" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "material-request-fulfilled");
        Assert.Empty((await coach.GetJson("/api/v1/material-requests")).GetProperty("items").EnumerateArray());

        var seen = await client.GetJson($"/api/v1/enrolments/{enrolmentId}");
        Assert.Equal("open", States(seen)["night-shifts"]);
        Assert.Equal(answer.note, seen.GetProperty("materialRequests")[0].GetProperty("note").GetString());
        await api.CompleteAsync(client, enrolmentId, "night-shifts");
        Assert.Equal(["course-enrolled", "course-material-requested", "course-material-request-fulfilled", "course-step-completed"],
            (await CourseEntries(coach, clientId)).Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Discharge_ends_open_enrolments_and_a_discharged_client_cannot_be_enrolled()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var courseId = await coach.PublishedCourseAsync();
        var other = await coach.PublishedCourseAsync(CourseSteps.DefinedOrder());
        var enrolmentId = await api.EnrolAsync(coach, courseId, clientId);

        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "moved", summary = "Moved to Tampere." }));
        var ended = await coach.GetJson($"/api/v1/enrolments/{enrolmentId}");
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.All(States(ended).Values, s => Assert.Equal("closed", s));
        await (await client.PostAsJsonAsync(Completion(enrolmentId, "why-sleep"), new { })).ShouldBeProblem(HttpStatusCode.Conflict, "journey-closed");
        await (await coach.PostAsJsonAsync($"/api/v1/courses/{other}/enrolments", new { clientId })).ShouldBeProblem(HttpStatusCode.Conflict, "journey-closed");
        Assert.Equal("course-enrolment-ended", (await CourseEntries(coach, clientId))[^1].GetProperty("kind").GetString());
    }
}
