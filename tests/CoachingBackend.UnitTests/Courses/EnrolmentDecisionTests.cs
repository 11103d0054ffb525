using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Courses.Contracts;
using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Enrolments;
using CoachingBackend.Courses.Enrolments.Closing;
using CoachingBackend.Courses.Enrolments.Completing;
using CoachingBackend.Courses.Enrolments.Enrolling;
using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.UnitTests.Courses;

/// <summary>Given an enrolment in a course of each mode, when the client does a step, or the clock closes the course, then these.</summary>
public sealed class EnrolmentDecisionTests
{
    private static readonly DateTimeOffset EnrolledAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.CreateVersion7();

    private static PublishedStep Step(string key, bool required = true, bool asksForAnswer = false, bool isExtra = false, StepWindow? window = null) =>
        new(key, $"Step {key}", "Body", null, required, asksForAnswer, isExtra, window);

    private static Enrolment Enrolled(ExecutionMode mode, params PublishedStep[] steps)
    {
        var e = Enrolment.Create(new ClientEnrolledInCourse(Guid.CreateVersion7(), ClientId, Guid.CreateVersion7(), 1, "Sleep basics", mode,
            steps, false, "coach-anna", EnrolledAt));
        e.Version = 1;
        return e;
    }

    private static CommandContext Client(DateTimeOffset at) => Contexts.As(ClientId.ToString(), at, Roles.Client);

    private static Decision Complete(Enrolment e, string key, string? answer = null, DateTimeOffset? at = null) =>
        CompleteStep.Decide(e, new CompleteStep(answer) { StepKey = key }, Client(at ?? EnrolledAt.AddHours(1)));

    private static Enrolment Then(Enrolment e, Decision decision)
    {
        foreach (var ev in decision.Events)
        {
            switch (ev)
            {
                case CourseStepCompleted done: e.Apply(done); break;
                case CourseEnrolmentCompleted completed: e.Apply(completed); break;
                default: throw new InvalidOperationException(ev.GetType().Name);
            }
            e.Version++;
        }
        return e;
    }

    [Fact]
    public void Free_flow_takes_any_order_and_the_last_required_step_completes_the_course_once()
    {
        var e = Enrolled(ExecutionMode.FreeFlow, Step("a"), Step("b"), Step("optional", required: false));

        e = Then(e, Complete(e, "b"));
        var last = Complete(e, "a");
        Assert.Equal([typeof(CourseStepCompleted), typeof(CourseEnrolmentCompleted)], last.Events.Select(x => x.GetType()));
        var completed = Assert.Single(last.IntegrationEvents.OfType<CourseCompleted>());
        Assert.Equal((ClientId, e.Id, 1, "Sleep basics"), (completed.ClientId, completed.EnrolmentId, completed.CourseVersion, completed.CourseTitle));
        var entries = last.IntegrationEvents.OfType<JourneyEntryContributed>().ToList();
        Assert.Equal([("course-step-completed", 3L, true), ("course-completed", 4L, false)],
            entries.Select(j => (j.Kind, j.SourceVersion, j.IsClientsOwnDoing)));

        e = Then(e, last);
        var optional = Complete(e, "optional");
        Assert.Empty(optional.IntegrationEvents.OfType<CourseCompleted>());
        Assert.Single(optional.Events);
    }

    [Fact]
    public void The_same_step_again_with_the_same_answer_is_nothing_new_and_with_another_answer_is_refused()
    {
        var e = Enrolled(ExecutionMode.FreeFlow, Step("task", asksForAnswer: true), Step("other"));
        Assert.Throws<FluentValidation.ValidationException>(() => Complete(e, "task", " "));
        e = Then(e, Complete(e, "task", "Early nights."));

        Assert.Same(Decision.None, Complete(e, "task", " Early nights. "));
        Assert.Equal(EnrolmentProblems.StepDoneRule, Assert.Throws<DomainRuleException>(() => Complete(e, "task", "Late nights.")).Rule);
    }

    [Fact]
    public void Defined_order_locks_a_step_behind_a_required_step_not_done_but_not_behind_an_optional_one()
    {
        var e = Enrolled(ExecutionMode.DefinedOrder, Step("first"), Step("maybe", required: false), Step("second"));

        Assert.Equal(EnrolmentProblems.StepLockedRule, Assert.Throws<DomainRuleException>(() => Complete(e, "second")).Rule);
        Assert.Equal(EnrolmentProblems.StepLockedRule, Assert.Throws<DomainRuleException>(() => Complete(e, "maybe")).Rule);
        e = Then(e, Complete(e, "first"));
        Assert.Single(Complete(e, "second").Events.OfType<CourseStepCompleted>());
    }

    [Fact]
    public void Timed_windows_refuse_before_the_opening_and_from_the_closing_on()
    {
        var e = Enrolled(ExecutionMode.TimedWindows, Step("week-two", window: new StepWindow("P7D", "P14D", null, null)),
            Step("fixed", window: new StepWindow(null, null, EnrolledAt.AddDays(1), EnrolledAt.AddDays(2))));

        var early = Assert.Throws<DomainRuleException>(() => Complete(e, "week-two", at: EnrolledAt.AddDays(7).AddTicks(-1)));
        Assert.Equal(EnrolmentProblems.StepNotOpenRule, early.Rule);
        Assert.Single(Complete(e, "week-two", at: EnrolledAt.AddDays(7)).Events);
        Assert.Equal(EnrolmentProblems.StepClosedRule,
            Assert.Throws<DomainRuleException>(() => Complete(e, "week-two", at: EnrolledAt.AddDays(14))).Rule);
        Assert.Single(Complete(e, "fixed", at: EnrolledAt.AddDays(1.5)).Events);
    }

    [Fact]
    public void Extra_material_is_no_step_for_the_client_until_unlocked_and_another_caller_may_do_no_step()
    {
        var e = Enrolled(ExecutionMode.FreeFlow, Step("a"), Step("extra", isExtra: true));
        Assert.Throws<NotFoundException>(() => Complete(e, "extra"));
        Assert.Throws<NotFoundException>(() => Complete(e, "nope"));
        Assert.Throws<ForbiddenException>(() => CompleteStep.Decide(e, new CompleteStep(null) { StepKey = "a" },
            Contexts.As("coach-anna", EnrolledAt)));
        Assert.Throws<ForbiddenException>(() => CompleteStep.Decide(e, new CompleteStep(null) { StepKey = "a" },
            Contexts.As(Guid.NewGuid().ToString(), EnrolledAt, Roles.Client)));
    }

    [Fact]
    public void A_timed_course_past_its_last_required_window_with_steps_open_closes_not_completed_once()
    {
        var e = Enrolled(ExecutionMode.TimedWindows, Step("one", window: new StepWindow("P0D", "P7D", null, null)),
            Step("two", window: new StepWindow("P7D", "P14D", null, null)));
        var system = Contexts.As("system:courses", EnrolledAt.AddDays(14).AddMinutes(1));

        Assert.Same(Decision.None, CloseEnrolment.Decide(e, Contexts.As("system:courses", EnrolledAt.AddDays(13))));
        var closed = CloseEnrolment.Decide(e, system);
        var ev = Assert.IsType<CourseEnrolmentNotCompleted>(Assert.Single(closed.Events));
        Assert.Equal(["one", "two"], ev.OpenRequiredSteps);
        var announced = Assert.Single(closed.IntegrationEvents.OfType<CourseNotCompleted>());
        Assert.Equal((2, 2, EnrolledAt.AddDays(14)), (announced.RequiredStepsOpen, announced.RequiredSteps, announced.ClosedAt));

        e.Apply(ev);
        Assert.Same(Decision.None, CloseEnrolment.Decide(e, system));
    }
}
