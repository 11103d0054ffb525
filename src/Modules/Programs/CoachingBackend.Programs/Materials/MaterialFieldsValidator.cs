using FluentValidation;

namespace CoachingBackend.Programs.Materials;

/// <summary>
/// The shape of a material item, shared by adding and revising (each command's own validator includes it): what each
/// kind needs, and the ranges. Lengths are stated on the commands' fields (<c>Text</c>).
/// </summary>
public sealed class MaterialFieldsValidator<T> : AbstractValidator<T> where T : IMaterialFields
{
    public const int MaxTags = 10;
    public const int MaxDurationSeconds = 24 * 60 * 60;

    public MaterialFieldsValidator()
    {
        RuleFor(m => m.Kind).NotNull().IsInEnum();
        RuleFor(m => m.Title).NotEmpty().WithMessage("Give the item a title.");
        RuleFor(m => m.Body).Must(b => !string.IsNullOrWhiteSpace(b))
            .When(m => m.Kind is MaterialKind.Text or MaterialKind.Tip or MaterialKind.Task)
            .WithMessage("A text, tip or task needs a body (Markdown).");
        RuleFor(m => m.Url).Must(u => !string.IsNullOrWhiteSpace(u))
            .When(m => m.Kind is MaterialKind.Video or MaterialKind.Link)
            .WithMessage("A video or link needs its url.");
        RuleFor(m => m.Url).Must(IsWebAddress).When(m => !string.IsNullOrWhiteSpace(m.Url))
            .WithMessage("Url must be an absolute http or https address.");
        RuleFor(m => m.DurationSeconds).NotNull().When(m => m.Kind == MaterialKind.Video)
            .WithMessage("A video needs its duration in seconds.");
        RuleFor(m => m.DurationSeconds).Null().When(m => m.Kind is not null && m.Kind != MaterialKind.Video)
            .WithMessage("Only a video has a duration.");
        RuleFor(m => m.DurationSeconds).InclusiveBetween(1, MaxDurationSeconds).When(m => m.DurationSeconds is not null);
        RuleFor(m => m.Themes).NotEmpty().WithMessage("Give at least one theme.");
        RuleForEach(m => m.Themes).IsInEnum();
        RuleFor(m => m.Tags).Must(t => t!.Count <= MaxTags).When(m => m.Tags is not null)
            .WithMessage($"At most {MaxTags} tags.");
        RuleForEach(m => m.Tags).Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("A tag is lowercase kebab-case, such as 'strength-training'.");
        RuleFor(m => m.Language).NotEmpty().Matches("^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$")
            .WithMessage("Language is a language code such as 'fi', 'nb', 'en' or 'sv-FI'.");
        RuleFor(m => m.EstimatedMinutes).InclusiveBetween(1, 600).When(m => m.EstimatedMinutes is not null);
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}
