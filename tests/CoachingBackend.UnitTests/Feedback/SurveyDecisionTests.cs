using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Surveys;
using CoachingBackend.Feedback.Surveys.Answering;
using CoachingBackend.Feedback.Surveys.Deadlines;
using CoachingBackend.Feedback.Surveys.Issuing;
using CoachingBackend.Feedback.Surveys.Replying;
using CoachingBackend.Feedback.Templates;
using FluentValidation;

namespace CoachingBackend.UnitTests.Feedback;

/// <summary>Given a survey, when the client answers, the coach replies or the clock moves, then these events or this refusal.</summary>
public sealed class SurveyDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.CreateVersion7();
    private static readonly KnownClient Client = new() { Id = ClientId, CoachUserId = "coach-a", Status = ServiceStatus.Left };
    private static readonly SurveyTemplateVersionRecord EndOfService = BuiltInTemplates.Find(BuiltInTemplates.EndOfService)!;

    private static Survey Issued()
    {
        var id = SurveyIssuing.IdOf("vantaa", SurveyTrigger.ServiceCompleted, ClientId);
        var decision = SurveyIssuing.Decide(id, Client, EndOfService, SurveyTrigger.ServiceCompleted, null, 14, Contexts.As("system:feedback", Now));
        var survey = Survey.Create((SurveyIssued)decision.Events.Single());
        survey.Version = 1;
        return survey;
    }

    private static Survey Answered(DateTimeOffset at)
    {
        var survey = Issued();
        survey.Apply((SurveyAnswered)Answer(survey, at, Valid()).Events.Single());
        survey.Version = 2;
        return survey;
    }

    private static AnswerSurvey Valid(int rating = 4, Judgement judgement = Judgement.Positive) => new([
        new("judgement", judgement, null, null), new("rating", null, rating, null), new("recommend", null, 9, null),
        new("what-helped", null, null, "  The walks.  "),
    ]);

    private static CoachingBackend.BuildingBlocks.EventSourcing.Decision Answer(Survey survey, DateTimeOffset at, AnswerSurvey command,
        string? who = null) =>
        AnswerSurvey.Decide(survey, command.For<AnswerSurvey>(survey.Id, null), EndOfService, Client, 7,
            Contexts.As(who ?? ClientId.ToString(), at, Roles.Client));

    [Fact]
    public void The_same_trigger_names_the_same_survey() =>
        Assert.Equal(SurveyIssuing.IdOf("vantaa", SurveyTrigger.CourseCompleted, ClientId), SurveyIssuing.IdOf("vantaa", SurveyTrigger.CourseCompleted, ClientId));

    [Fact]
    public void Issuing_puts_the_survey_on_the_journey_due_in_the_organisations_days()
    {
        var decision = SurveyIssuing.Decide(Guid.CreateVersion7(), Client, EndOfService, SurveyTrigger.Manual, null, 14, Contexts.As("coach-a", Now));

        var issued = (SurveyIssued)decision.Events.Single();
        Assert.Equal(Now.AddDays(14), issued.DueAt);
        var entry = (JourneyEntryContributed)decision.IntegrationEvents.Single();
        Assert.Equal(("feedback", "survey-issued", 1L, false), (entry.Module, entry.Kind, entry.SourceVersion, entry.IsClientsOwnDoing));
    }

    [Fact]
    public void An_answer_records_the_judgement_rating_and_likelihood_and_counts_as_the_clients_own_doing()
    {
        var decision = Answer(Issued(), Now.AddDays(1), Valid());

        var answered = (SurveyAnswered)decision.Events.Single();
        Assert.Equal((Judgement.Positive, 4, 9), (answered.Judgement!.Value, answered.Rating!.Value, answered.Likelihood!.Value));
        Assert.Equal(Now.AddDays(8), answered.ReplyDueBy);
        Assert.Equal("The walks.", answered.Answers.Single(a => a.Item == "what-helped").Text);
        var entry = (JourneyEntryContributed)decision.IntegrationEvents.Single();
        Assert.Equal(("survey-answered", 2L, true), (entry.Kind, entry.SourceVersion, entry.IsClientsOwnDoing));
    }

    [Fact]
    public void A_missing_required_item_or_a_rating_out_of_range_is_refused_item_by_item()
    {
        var refused = Assert.Throws<ValidationException>(() => Answer(Issued(), Now, new AnswerSurvey([
            new("rating", null, 6, null), new("recommend", null, 9, null), new("colour", null, null, "blue"),
        ])));

        Assert.Equal(["answers[colour]", "answers[judgement]", "answers[rating]"], refused.Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public void A_second_answer_is_refused() =>
        Assert.Equal(SurveyProblems.AlreadyAnsweredRule,
            Assert.Throws<DomainRuleException>(() => Answer(Answered(Now), Now.AddHours(1), Valid())).Rule);

    [Fact]
    public void An_answer_after_the_due_date_is_refused() =>
        Assert.Equal(SurveyProblems.ExpiredRule, Assert.Throws<DomainRuleException>(() => Answer(Issued(), Now.AddDays(14), Valid())).Rule);

    [Fact]
    public void Another_client_may_not_answer() =>
        Assert.Throws<ForbiddenException>(() => Answer(Issued(), Now, Valid(), who: Guid.NewGuid().ToString()));

    [Fact]
    public void The_responsible_coach_replies_once_to_an_answered_survey()
    {
        var survey = Answered(Now);
        var coach = Contexts.As("coach-a", Now.AddDays(2));

        var decision = ReplyToSurvey.Decide(survey, new ReplyToSurvey("Thank you!"), Client, coach);
        Assert.IsType<SurveyReplied>(decision.Events.Single());
        survey.Apply((SurveyReplied)decision.Events.Single());

        Assert.Equal(SurveyProblems.AlreadyRepliedRule,
            Assert.Throws<DomainRuleException>(() => ReplyToSurvey.Decide(survey, new ReplyToSurvey("Again"), Client, coach)).Rule);
        Assert.Equal(SurveyProblems.NotAnsweredRule,
            Assert.Throws<DomainRuleException>(() => ReplyToSurvey.Decide(Issued(), new ReplyToSurvey("Hi"), Client, coach)).Rule);
        Assert.Throws<ForbiddenException>(() => ReplyToSurvey.Decide(Answered(Now), new ReplyToSurvey("Hi"), Client, Contexts.As("coach-b", Now)));
    }

    [Fact]
    public void An_unanswered_survey_expires_once_its_due_date_passes()
    {
        var survey = Issued();
        Assert.Empty(SurveyDeadlines.Decide(survey, Contexts.As("system:feedback", Now.AddDays(13))).Events);

        var decision = SurveyDeadlines.Decide(survey, Contexts.As("system:feedback", Now.AddDays(14)));
        survey.Apply((SurveyExpired)decision.Events.Single());

        Assert.Equal("survey-expired", ((JourneyEntryContributed)decision.IntegrationEvents.Single()).Kind);
        Assert.True(SurveyDeadlines.Decide(survey, Contexts.As("system:feedback", Now.AddDays(20))).IsEmpty);
    }

    [Fact]
    public void A_late_reply_asks_Enrollment_for_a_follow_up_once()
    {
        var survey = Answered(Now);
        Assert.True(SurveyDeadlines.Decide(survey, Contexts.As("system:feedback", Now.AddDays(6))).IsEmpty);

        var decision = SurveyDeadlines.Decide(survey, Contexts.As("system:feedback", Now.AddDays(7)));
        survey.Apply((SurveyReplyOverdue)decision.Events.Single());

        var request = (FollowUpRequested)decision.IntegrationEvents.Single();
        Assert.Equal((FollowUpRequested.FeedbackReplyOverdue, Now.AddDays(7), survey.Id), (request.Kind, request.DueSince, request.SourceStream));
        Assert.True(SurveyDeadlines.Decide(survey, Contexts.As("system:feedback", Now.AddDays(9))).IsEmpty);
    }
}
