namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>Programme templates as a coach builds and publishes them, for tests that need one released to clients.</summary>
public static class ProgrammeSteps
{
    /// <summary>
    /// Twelve weeks in three themes: exercise (a walk every Monday, the gym every Thursday), sleep (a diary every
    /// Sunday) and recovery (a day of rest every Saturday): 12 activities per weekly activity, 48 in all.
    /// </summary>
    public static object MoveAndRest(string name = "Move and rest", params object[] extra) => new
    {
        name,
        description = "Twelve weeks of moving more and resting better.",
        lengthWeeks = 12,
        themes = new[] { "exercise", "sleep", "recovery" },
        activities = new object[]
        {
            new { key = "walk", title = "A brisk walk", theme = "exercise", kind = "exercise-session", when = new { week = 1, weekday = 1, untilWeek = 12 }, reminderAt = "17:00" },
            new { key = "gym", title = "Strength at the gym", theme = "exercise", kind = "exercise-session", when = new { week = 1, weekday = 4, untilWeek = 12 } },
            new { key = "sleep-diary", title = "Sleep diary", theme = "sleep", kind = "reflection", when = new { week = 1, weekday = 7, untilWeek = 12 } },
            new { key = "rest-day", title = "A day of rest", theme = "recovery", kind = "task", when = new { week = 1, weekday = 6, untilWeek = 12 } },
        }.Concat(extra).ToArray(),
    };

    /// <summary>Drafts <paramref name="programme"/>, shares it with coaches and, unless told not to, releases it to clients.</summary>
    public static async Task<Guid> PublishedAsync(this HttpClient coach, object? programme = null, bool toClients = true)
    {
        var draft = await coach.PostOk("/api/v1/programmes", programme ?? MoveAndRest());
        var programmeId = draft.GetProperty("programmeId").GetGuid();
        await coach.PostOk($"/api/v1/programmes/{programmeId}/publication", new { audience = "coaches" });
        if (toClients) await coach.PostOk($"/api/v1/programmes/{programmeId}/publication", new { audience = "clients" });
        return programmeId;
    }
}
