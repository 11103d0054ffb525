using FluentValidation;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// The shape of a draft, field by field. What depends on the rest of the programme (an activity's theme among the
/// programme's, its weeks within the length, its material in the bank) is the decider's: <see cref="ProgrammePlanning"/>.
/// </summary>
public abstract class ProgrammeContentValidator<T> : AbstractValidator<T> where T : IProgrammeContent
{
    public const int MaxWeeks = 52;
    public const int MaxActivities = 200;

    protected ProgrammeContentValidator()
    {
        RuleFor(c => c.Name).NotEmpty();
        RuleFor(c => c.LengthWeeks).InclusiveBetween(1, MaxWeeks);
        RuleFor(c => c.Themes).NotEmpty()
            .Must(t => t.Distinct().Count() == t.Count).WithMessage("Name each theme once.");
        RuleForEach(c => c.Themes).IsInEnum();
        RuleFor(c => c.Activities).NotNull()
            .Must(a => a.Count <= MaxActivities).WithMessage($"At most {MaxActivities} activities.")
            .Must(a => a.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1))
            .WithMessage("Each activity's key must be unique within the programme.");
        RuleForEach(c => c.Activities).NotNull().SetValidator(new ActivityValidator());
    }

    private sealed class ActivityValidator : AbstractValidator<DraftActivity>
    {
        public ActivityValidator()
        {
            RuleFor(a => a.Key).NotEmpty().Matches(DraftActivity.KeyPattern)
                .WithMessage("A key is kebab-case: lower-case letters and digits joined by single hyphens, such as 'evening-walk'.");
            RuleFor(a => a.Title).NotEmpty();
            RuleFor(a => a.Theme).NotNull().IsInEnum();
            RuleFor(a => a.Kind).NotNull().IsInEnum();
            RuleFor(a => a.When).NotNull();
            RuleFor(a => a.When!.Week).InclusiveBetween(1, MaxWeeks).When(a => a.When is not null);
            RuleFor(a => a.When!.Weekday).InclusiveBetween(1, 7)
                .WithMessage("Weekday is ISO 8601: Monday = 1 ... Sunday = 7.").When(a => a.When is not null);
            RuleFor(a => a.When!.UntilWeek).Must((a, until) => until >= a.When!.Week && until <= MaxWeeks)
                .WithMessage("untilWeek must be from the activity's week up to the programme's last week.")
                .When(a => a.When?.UntilWeek is not null);
            RuleFor(a => a.ReminderAt).Matches(DraftActivity.TimeOfDayPattern)
                .WithMessage("A reminder time is \"HH:mm\" (00:00 to 23:59) in the organisation's time zone.")
                .When(a => a.ReminderAt is not null);
        }
    }
}
