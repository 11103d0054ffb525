namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// Courses as a coach builds and publishes them, one in each execution mode, and enrolments in them, for tests that need a
/// course released to clients or a client on their way through one.
/// </summary>
public static class CourseSteps
{
    public static object Step(string key, string title, bool required = true, bool asksForAnswer = false, bool isExtra = false,
        object? window = null, Guid? materialId = null, string? body = "Read this and try it today.") =>
        new { key, title, body, materialId, required, asksForAnswer, isExtra, window };

    /// <summary>A window relative to the enrolment, as ISO-8601 durations.</summary>
    public static object Window(string opensAfter, string closesAfter) => new { opensAfter, closesAfter };

    /// <summary>
    /// Free flow, open to self-enrolment: two required steps (the second a task asking for an answer), an optional one,
    /// and extra material hidden until a coach unlocks it ("night-shifts").
    /// </summary>
    public static object FreeFlow(string title = "Sleep basics", bool selfEnrolment = true, params object[] extra) => new
    {
        title, description = "Small evening habits.", themes = new[] { "sleep" }, mode = "free-flow", selfEnrolment,
        steps = new[]
        {
            Step("why-sleep", "Why sleep matters"),
            Step("my-evening", "What does your evening look like?", asksForAnswer: true),
            Step("bonus-tip", "A tip for weekends", required: false),
            Step("night-shifts", "Sleeping after night shifts", isExtra: true),
        }.Concat(extra).ToArray(),
    };

    /// <summary>Defined order, not open to self-enrolment: three required steps, each unlocking the next, and an optional one between.</summary>
    public static object DefinedOrder(string title = "Move more, step by step") => new
    {
        title, description = "One habit at a time.", themes = new[] { "exercise" }, mode = "defined-order", selfEnrolment = false,
        steps = new[]
        {
            Step("first-walk", "A ten-minute walk"),
            Step("stretch", "A stretch, if you like", required: false),
            Step("longer-walk", "A twenty-minute walk"),
            Step("how-did-it-go", "How did it go?", asksForAnswer: true),
        },
    };

    /// <summary>Timed windows, open to self-enrolment: week one (days 0–7), week two (days 7–14), week three (days 14–21).</summary>
    public static object TimedWindows(string title = "Three weeks of better sleep") => new
    {
        title, description = "A week at a time.", themes = new[] { "sleep" }, mode = "timed-windows", selfEnrolment = true,
        steps = new[]
        {
            Step("week-one", "Week one: the evening hour", window: Window("P0D", "P7D")),
            Step("week-two", "Week two: the bedroom", window: Window("P7D", "P14D")),
            Step("week-three", "Week three: mornings", window: Window("P14D", "P21D")),
        },
    };

    /// <summary>Drafts <paramref name="course"/>, shares it with coaches and, unless told not to, releases it to clients.</summary>
    public static async Task<Guid> PublishedCourseAsync(this HttpClient coach, object? course = null, bool toClients = true)
    {
        var draft = await coach.PostOk("/api/v1/courses", course ?? FreeFlow());
        var courseId = draft.GetProperty("courseId").GetGuid();
        await coach.PostOk($"/api/v1/courses/{courseId}/publication", new { audience = "coaches" });
        if (toClients) await coach.PostOk($"/api/v1/courses/{courseId}/publication", new { audience = "clients" });
        return courseId;
    }

    /// <summary>Enrols the client (by their coach, or by themself) and returns the enrolment's id once its journey entry is in.</summary>
    public static async Task<Guid> EnrolAsync(this ApiFactory api, HttpClient by, Guid courseId, Guid clientId)
    {
        var enrolment = await api.AfterMessagesHandled(() => by.PostOk($"/api/v1/courses/{courseId}/enrolments", new { clientId }));
        return enrolment.GetProperty("enrolmentId").GetGuid();
    }

    /// <summary>The client marks a step done; returns the enrolment as it then stands.</summary>
    public static Task<System.Text.Json.JsonElement> CompleteAsync(this ApiFactory api, HttpClient client, Guid enrolmentId, string step,
        string? answer = null) =>
        api.AfterMessagesHandled(() => client.PostOk($"/api/v1/enrolments/{enrolmentId}/steps/{step}/completion", new { answer }));
}
