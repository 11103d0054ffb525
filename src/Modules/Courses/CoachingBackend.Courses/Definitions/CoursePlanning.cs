using CoachingBackend.Courses.Materials;
using FluentValidation;
using FluentValidation.Results;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// Turns a validated body into a draft, judging each step's material against what Courses knows of the bank: an item
/// it does not know is a 400, a retired one a 409. Pure: the handler reads the items first.
/// </summary>
public static class CoursePlanning
{
    public static CourseDraft Plan(ICourseContent content, IReadOnlyDictionary<Guid, KnownMaterial> materials)
    {
        var failures = content.Steps
            .Select((s, i) => (s, i))
            .Where(x => x.s.MaterialId is { } id && !materials.ContainsKey(id))
            .Select(x => new ValidationFailure($"steps[{x.i}].materialId", "No material item with this id is in the organisation's bank."))
            .ToList();
        if (failures.Count > 0) throw new ValidationException(failures);
        var steps = content.Steps.Select(s => new PlannedStep(s.Key, s.Title.Trim(), Blank(s.Body), s.MaterialId, s.Required ?? true,
            s.AsksForAnswer, s.IsExtra, s.Window?.ToWindow())).ToList();
        EnsureNoneRetired(steps, materials);
        return new CourseDraft(content.Title.Trim(), Blank(content.Description), [.. content.Themes], content.Mode!.Value,
            content.SelfEnrolment, steps);
    }

    /// <summary>Every material item the steps use is known and not retired.</summary>
    public static void EnsureNoneRetired(IEnumerable<PlannedStep> steps, IReadOnlyDictionary<Guid, KnownMaterial> materials)
    {
        foreach (var s in steps)
        {
            if (s.MaterialId is { } id && materials.GetValueOrDefault(id) is not { IsRetired: false })
                throw CourseProblems.MaterialRetired(s.Key, id);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
