using FluentValidation;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// The shape of a course draft, field by field, and what its mode asks of each step: a window in a timed course (and
/// none elsewhere), an opening before the closing. Whether a material item is in the bank is the decider's
/// (<see cref="CoursePlanning"/>).
/// </summary>
public abstract class CourseContentValidator<T> : AbstractValidator<T> where T : ICourseContent
{
    public const int MaxSteps = 100;

    protected CourseContentValidator()
    {
        RuleFor(c => c.Title).NotEmpty();
        RuleFor(c => c.Themes).NotEmpty().Must(t => t.Distinct().Count() == t.Count).WithMessage("Name each theme once.");
        RuleForEach(c => c.Themes).IsInEnum();
        RuleFor(c => c.Mode).NotNull().IsInEnum();
        RuleFor(c => c.Steps).NotEmpty()
            .Must(s => s.Count <= MaxSteps).WithMessage($"At most {MaxSteps} steps.")
            .Must(s => s.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1))
            .WithMessage("Each step's key must be unique within the course.")
            .Must(s => s.Any(x => x is not null && (x.Required ?? true) && !x.IsExtra))
            .WithMessage("At least one step must be required and not extra material: a course completes when its required steps are done.");
        RuleForEach(c => c.Steps).NotNull().SetValidator(c => new StepValidator(c.Mode));
    }

    private sealed class StepValidator : AbstractValidator<DraftStep>
    {
        public StepValidator(ExecutionMode? mode)
        {
            RuleFor(s => s.Key).NotEmpty().Matches(DraftStep.KeyPattern)
                .WithMessage("A key is kebab-case: lower-case letters and digits joined by single hyphens, such as 'first-walk'.");
            RuleFor(s => s.Title).NotEmpty();
            RuleFor(s => s.Body).Must(b => !string.IsNullOrWhiteSpace(b)).When(s => s.MaterialId is null)
                .WithMessage("A step shows a material item of the bank (materialId) or its own body.");
            if (mode == ExecutionMode.TimedWindows)
            {
                RuleFor(s => s.Window).NotNull().WithMessage("In a timed course every step has a window.");
                RuleFor(s => s.Window!).SetValidator(new WindowValidator()).When(s => s.Window is not null);
            }
            else
            {
                RuleFor(s => s.Window).Null().WithMessage("Only a course in timed-windows mode gives its steps windows.");
            }
        }
    }

    private sealed class WindowValidator : AbstractValidator<DraftWindow>
    {
        public WindowValidator()
        {
            RuleFor(w => w).Must(w => !(w.IsRelative && w.IsAbsolute)).WithName("window")
                .WithMessage("A window is relative to the enrolment (opensAfter, closesAfter) or absolute (opensAt, closesAt), not both.");
            RuleFor(w => w).Must(w => (w.OpensAfter is not null && w.ClosesAfter is not null) || (w.OpensAt is not null && w.ClosesAt is not null))
                .WithName("window").WithMessage("A window has an opening and a closing: opensAfter and closesAfter, or opensAt and closesAt.")
                .When(w => !(w.IsRelative && w.IsAbsolute));
            RuleFor(w => w.OpensAfter).Must(IsoDurations.IsValid).When(w => w.OpensAfter is not null)
                .WithMessage("An ISO-8601 duration of weeks, days, hours and minutes, such as P7D.");
            RuleFor(w => w.ClosesAfter).Must(IsoDurations.IsValid).When(w => w.ClosesAfter is not null)
                .WithMessage("An ISO-8601 duration of weeks, days, hours and minutes, such as P21D.");
            RuleFor(w => w.ClosesAfter).Must((w, closes) => IsoDurations.Parse(closes!) > IsoDurations.Parse(w.OpensAfter!))
                .When(w => IsoDurations.IsValid(w.OpensAfter) && IsoDurations.IsValid(w.ClosesAfter))
                .WithMessage("The window closes before it opens.");
            RuleFor(w => w.ClosesAt).Must((w, closes) => closes > w.OpensAt)
                .When(w => w.OpensAt is not null && w.ClosesAt is not null)
                .WithMessage("The window closes before it opens.");
        }
    }
}
