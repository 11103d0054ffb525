using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.Courses.Enrolments.Closing;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingBackend.IntegrationTests.Courses;

/// <summary>
/// Courses as time passes under the development clock: timed windows refuse a step before it opens and after it closes,
/// a timed course whose last window closes unfinished ends not completed, and a client with no step done for the
/// organisation's stalled-after days shows as stalled. This class owns its host (it moves the clock) and runs the
/// closing scan itself after each move, so that "closed" is a fact, not a race.
/// </summary>
public sealed class CourseTimeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private EnrolmentClosingScanner Scanner => api.Services.GetServices<IHostedService>().OfType<EnrolmentClosingScanner>().Single();

    private static string Completion(Guid enrolmentId, string step) => $"/api/v1/enrolments/{enrolmentId}/steps/{step}/completion";

    private static Dictionary<string, string?> States(JsonElement enrolment) => enrolment.GetProperty("steps").EnumerateArray()
        .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("state").GetString());

    [Fact]
    public async Task Timed_windows_refuse_a_step_before_it_opens_and_after_it_closes_and_the_course_ends_not_completed()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var courseId = await coach.PublishedCourseAsync(CourseSteps.TimedWindows());
        var enrolmentId = await api.EnrolAsync(client, courseId, clientId);

        var enrolment = await client.GetJson($"/api/v1/enrolments/{enrolmentId}");
        var enrolledAt = enrolment.GetProperty("enrolledAt").GetDateTimeOffset();
        Assert.Equal(new Dictionary<string, string?> { ["week-one"] = "open", ["week-two"] = "locked", ["week-three"] = "locked" }, States(enrolment));
        var weekTwo = enrolment.GetProperty("steps")[1];
        Assert.Equal((enrolledAt.AddDays(7), enrolledAt.AddDays(14)), (weekTwo.GetProperty("opensAt").GetDateTimeOffset(),
            weekTwo.GetProperty("closesAt").GetDateTimeOffset()));
        await (await client.PostAsJsonAsync(Completion(enrolmentId, "week-two"), new { })).ShouldBeProblem(HttpStatusCode.Conflict, "step-not-open");
        await api.CompleteAsync(client, enrolmentId, "week-one");

        await api.MoveClockAsync(new { advance = "P8D" });
        client = await org.As("client", clientId.ToString());
        await api.CompleteAsync(client, enrolmentId, "week-two");

        await api.MoveClockAsync(new { advance = "P14D" });
        client = await org.As("client", clientId.ToString());
        await (await client.PostAsJsonAsync(Completion(enrolmentId, "week-three"), new { })).ShouldBeProblem(HttpStatusCode.Conflict, "step-closed");

        // The background scan may have closed it as the clock moved; this one then finds nothing to do.
        await api.AfterMessagesHandled(() => Scanner.ScanAsync(CancellationToken.None));
        await api.AfterMessagesHandled(() => Scanner.ScanAsync(CancellationToken.None));

        var ended = await client.GetJson($"/api/v1/enrolments/{enrolmentId}");
        Assert.Equal("not-completed", ended.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["week-one"] = "done", ["week-two"] = "done", ["week-three"] = "closed" }, States(ended));
        var kinds = (await client.GetJson($"/api/v1/clients/{clientId}/journey")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded").Select(e => e.GetProperty("payload"))
            .Where(p => p.GetProperty("module").GetString() == "courses").Select(p => p.GetProperty("kind").GetString());
        Assert.Equal(["course-enrolled", "course-step-completed", "course-step-completed", "course-not-completed"], kinds);
    }

    [Fact]
    public async Task A_client_with_no_step_done_for_the_organisations_stalled_days_shows_as_stalled_in_the_coachs_view()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var quiet = await org.ActiveClientAsync(coach, coachId, "Aino");
        var busy = await org.ActiveClientAsync(coach, coachId, "Eero");
        var courseId = await coach.PublishedCourseAsync();
        await api.EnrolAsync(coach, courseId, quiet);
        var busyEnrolment = await api.EnrolAsync(coach, courseId, busy);
        var settings = await org.Admin.GetAsync("/api/v1/settings/courses");
        Assert.Equal(("\"0\"", 14), (settings.Headers.ETag!.Tag, (await settings.Body()).GetProperty("stalledAfterDays").GetInt32()));
        var changed = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/courses") { Content = JsonContent.Create(new { stalledAfterDays = 10 }) };
        changed.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.SendAsync(changed)).StatusCode);

        await api.MoveClockAsync(new { advance = "P9D" });
        var client = await org.As("client", busy.ToString());
        await api.CompleteAsync(client, busyEnrolment, "why-sleep");
        await api.MoveClockAsync(new { advance = "P2D" });
        coach = await org.As("coach", "coach-anna");

        var view = (await coach.GetJson($"/api/v1/courses/{courseId}/enrolments")).GetProperty("items").EnumerateArray()
            .ToDictionary(e => e.GetProperty("clientId").GetGuid(), e => (e.GetProperty("stalled").GetBoolean(),
                e.GetProperty("progress").GetProperty("requiredDone").GetInt32()));
        Assert.Equal(new Dictionary<Guid, (bool, int)> { [quiet] = (true, 0), [busy] = (false, 1) }, view);
        var stalled = Assert.Single((await coach.GetJson($"/api/v1/courses/{courseId}/enrolments?stalledOnly=true")).GetProperty("items").EnumerateArray());
        Assert.Equal(quiet, stalled.GetProperty("clientId").GetGuid());
        var page = await coach.GetJson($"/api/v1/courses/{courseId}/enrolments?limit=1");
        Assert.Equal(quiet, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("clientId").GetGuid());
        var next = await coach.GetJson($"/api/v1/courses/{courseId}/enrolments?limit=1&cursor={Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!)}");
        Assert.Equal(busy, Assert.Single(next.GetProperty("items").EnumerateArray()).GetProperty("clientId").GetGuid());
    }
}
