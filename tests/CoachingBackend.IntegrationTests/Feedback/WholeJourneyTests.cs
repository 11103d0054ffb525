using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Feedback;

/// <summary>
/// One client's whole journey across the modules, from referral to the end-of-service survey answered and replied to,
/// with a programme and a course on the way (and the course's survey), read back from the journey.
/// </summary>
public sealed class WholeJourneyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Referral_to_discharge_and_the_end_of_service_survey_answered_and_replied_to_are_one_journey()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var referrer = await org.As("referrer", "nurse-liisa");

        var clientId = await api.AfterMessagesHandled(() => referrer.ReferAsync(Referrals.Valid("Aino")));
        await org.IntakeAsync(coach, clientId);
        var client = await org.As("client", clientId.ToString());
        await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/clients/{clientId}/readiness-assessments",
            Questionnaires.UricaSubmission(pc: 2, c: 4, a: 4, m: 3, resources: "yes")));
        await org.AssignAsync(coach, clientId, coachId);
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/activation", new { }));
        var programmeId = await coach.PublishedAsync();
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "exercise", "sleep" } }));
        var courseId = await coach.PublishedCourseAsync();
        var enrolmentId = await api.EnrolAsync(coach, courseId, clientId);
        await api.CompleteAsync(client, enrolmentId, "why-sleep");
        await api.CompleteAsync(client, enrolmentId, "my-evening", "I read until midnight.");
        var courseSurvey = Assert.Single(await client.SurveysAsync(clientId));
        Assert.Equal("end-of-course", courseSurvey.GetProperty("template").GetString());
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge",
            new { reason = "completed", summary = "Met both goals." }));
        var survey = Assert.Single(await client.SurveysAsync(clientId), s => s.GetProperty("template").GetString() == "end-of-service");
        Assert.Equal("end-of-service", survey.GetProperty("template").GetString());
        var surveyId = survey.GetProperty("surveyId").GetGuid();
        await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/surveys/{surveyId}/response", FeedbackSteps.Answers()));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/surveys/{surveyId}/reply", new { text = "Thank you, Aino: well walked!" }));

        var entries = (await client.GetJson($"/api/v1/clients/{clientId}/journey")).GetProperty("entries").EnumerateArray().ToList();

        var steps = entries.Select(e => e.GetProperty("type").GetString() == "module_entry_recorded"
            ? $"{e.GetProperty("payload").GetProperty("module").GetString()}:{e.GetProperty("payload").GetProperty("kind").GetString()}"
            : e.GetProperty("type").GetString()).ToList();
        var ordered = steps.Where(s => s != "first_activity_noted").ToList();
        Assert.Equal(["client_referred", "intake_interview_held", "readiness_result_recorded", "coach_assigned", "service_activated",
            "programs:programme-started", "courses:course-enrolled"], ordered.Take(7));
        // The last step's completion, the course's and the survey it issues arrive as one burst: in any order before discharge.
        Assert.Equal(["courses:course-completed", "courses:course-step-completed", "courses:course-step-completed", "feedback:survey-issued"],
            ordered.Skip(7).Take(4).Order());
        Assert.Equal("client_discharged", ordered[11]);
        // Programs and Feedback both hear the discharge, each in its own time: their entries follow it in either order.
        Assert.Equal(["feedback:survey-issued", "programs:programme-ended"], ordered.Skip(12).Take(2).Order());
        Assert.Equal(["feedback:survey-answered", "feedback:survey-replied"], ordered.Skip(14));
        Assert.True(entries.Zip(entries.Skip(1)).All(p =>
            p.First.GetProperty("recordedAt").GetDateTimeOffset() <= p.Second.GetProperty("recordedAt").GetDateTimeOffset()));
        var answered = entries.Single(e => e.GetProperty("type").GetString() == "module_entry_recorded"
                                           && e.GetProperty("payload").GetProperty("kind").GetString() == "survey-answered");
        Assert.Equal(surveyId, answered.GetProperty("payload").GetProperty("sourceStream").GetGuid());
        Assert.Equal("Client answered the survey \"How was your coaching?\" (end-of-service).", answered.GetProperty("payload").GetProperty("summary").GetString());
        Assert.DoesNotContain(entries, e => e.GetRawText().Contains("The walks we planned."));
    }
}
