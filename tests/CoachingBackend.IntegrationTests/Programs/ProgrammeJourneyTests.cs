using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>The coaching year in one journey: referral to discharge with a programme, entries and a coach's comments.</summary>
public sealed class ProgrammeJourneyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Referral_intake_assessment_activation_programme_entries_with_comments_and_discharge_read_back_in_order()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ReferAsync("Aino");
        await org.IntakeAsync(coach, clientId);
        var aino = await org.As("client", clientId.ToString());
        await api.AfterMessagesHandled(() => aino.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(8, 7, 8, "yes")));
        await org.AssignAsync(coach, clientId, coachId);
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/activation", new { }));

        var programmeId = await coach.PublishedAsync();
        var started = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "exercise", "sleep" } }));
        var firstActivity = (await aino.GetJson($"/api/v1/clients/{clientId}/calendar")).EnumerateArray().First().GetProperty("activityId").GetGuid();
        var done = await api.AfterMessagesHandled(() => aino.PostOk($"/api/v1/clients/{clientId}/entries",
            new { kind = "activity-done", calendarActivityId = firstActivity, text = "Easier than I thought." }));
        var mood = await api.AfterMessagesHandled(() => aino.PostOk($"/api/v1/clients/{clientId}/entries", new { kind = "mood", mood = 4 }));
        var entryId = done.GetProperty("entryId").GetGuid();
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/entries/{entryId}/comments", new { text = "Well done, keep the pace." }));
        await api.AfterMessagesHandled(() => aino.PostOk($"/api/v1/entries/{entryId}/comments", new { text = "Thanks!" }));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Walks every week now." }));

        var journey = (await aino.GetJson($"/api/v1/clients/{clientId}/journey")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["client_referred", "intake_interview_held", "readiness_result_recorded", "coach_assigned", "service_activated",
            "module_entry_recorded", "module_entry_recorded", "first_activity_noted", "module_entry_recorded", "module_entry_recorded",
            "module_entry_recorded", "client_discharged", "module_entry_recorded", "module_entry_recorded"],
            journey.Select(e => e.GetProperty("type").GetString()));
        var modules = journey.Where(e => e.GetProperty("type").GetString() == "module_entry_recorded").Select(e => e.GetProperty("payload")).ToList();
        // A discharge as completed also sends the end-of-service survey (Feedback), in its own time.
        Assert.Single(modules, e => e.GetProperty("module").GetString() == "feedback");
        var fromPrograms = modules.Where(e => e.GetProperty("module").GetString() == "programs").ToList();
        Assert.Equal(["programme-started", "entry-recorded", "entry-recorded", "entry-commented", "entry-commented", "programme-ended"],
            fromPrograms.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["Activity done", "Mood 4/5"], fromPrograms.Skip(1).Take(2).Select(e => e.GetProperty("summary").GetString()));
        Assert.Equal([started.GetProperty("clientProgrammeId").GetGuid(), entryId, mood.GetProperty("entryId").GetGuid(), entryId, entryId,
            started.GetProperty("clientProgrammeId").GetGuid()], fromPrograms.Select(e => e.GetProperty("sourceStream").GetGuid()));
        // The programme: started (1), its first activity done (2), ended (3); the entry: recorded (1), two comments (2, 3).
        Assert.Equal([1L, 1L, 1L, 2L, 3L, 3L], fromPrograms.Select(e => e.GetProperty("sourceVersion").GetInt64()));
        // No client's own words reach the journey's lines from Programs.
        Assert.DoesNotContain(fromPrograms, e => e.GetProperty("summary").GetString()!.Contains("Easier") || e.GetProperty("summary").GetString()!.Contains("Thanks"));
        Assert.Equal("ended", (await aino.GetJson($"/api/v1/clients/{clientId}/programmes")).EnumerateArray().Single().GetProperty("status").GetString());
    }
}
