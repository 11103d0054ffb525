using System.Globalization;
using CoachingBackend.Programs.Materials;
using FluentValidation;
using FluentValidation.Results;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// Turns a validated body into a draft, judging each activity against the programme it belongs to: its theme must be
/// one the programme offers, its weeks within the programme's length, its material an item of the bank (400), and not
/// a retired one (409). Pure: the handler reads the material items first.
/// </summary>
public static class ProgrammePlanning
{
    public static ProgrammeDraft Plan(IProgrammeContent content, IReadOnlyDictionary<Guid, MaterialRecord> materials)
    {
        var failures = new List<ValidationFailure>();
        var activities = new List<PlannedActivity>();
        for (var i = 0; i < content.Activities.Count; i++)
        {
            var a = content.Activities[i];
            var at = $"activities[{i}]";
            if (!content.Themes.Contains(a.Theme!.Value))
                failures.Add(new ValidationFailure($"{at}.theme", "The theme must be one of the programme's themes."));
            if (a.When!.Week > content.LengthWeeks)
                failures.Add(new ValidationFailure($"{at}.when.week", $"The programme is {content.LengthWeeks} weeks long."));
            if (a.When.UntilWeek > content.LengthWeeks)
                failures.Add(new ValidationFailure($"{at}.when.untilWeek", $"The programme is {content.LengthWeeks} weeks long."));
            if (a.MaterialId is { } materialId && !materials.ContainsKey(materialId))
                failures.Add(new ValidationFailure($"{at}.materialId", "No material item with this id is in the organisation's bank."));
            activities.Add(new PlannedActivity(a.Key, a.Title.Trim(), a.Theme.Value, a.Kind!.Value, a.When.ToTiming(), a.MaterialId,
                a.ReminderAt is null ? null : TimeOnly.ParseExact(a.ReminderAt, "HH:mm", CultureInfo.InvariantCulture)));
        }
        if (failures.Count > 0) throw new ValidationException(failures);
        EnsureNoneRetired(activities, materials);
        return new ProgrammeDraft(content.Name.Trim(), string.IsNullOrWhiteSpace(content.Description) ? null : content.Description.Trim(),
            content.LengthWeeks, [.. content.Themes], activities);
    }

    /// <summary>Every material item the activities use is in the bank and not retired.</summary>
    public static void EnsureNoneRetired(IEnumerable<PlannedActivity> activities, IReadOnlyDictionary<Guid, MaterialRecord> materials)
    {
        foreach (var a in activities)
        {
            if (a.MaterialId is { } id && materials.GetValueOrDefault(id) is not { IsRetired: false })
                throw ProgrammeProblems.MaterialRetired(a.Key, id);
        }
    }

    /// <summary>The material items <paramref name="ids"/> names, as they stand now in this organisation's bank.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MaterialRecord>> MaterialsAsync(Marten.IQuerySession session,
        IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<Guid, MaterialRecord>();
        return (await session.LoadManyAsync<MaterialRecord>(ct, wanted)).ToDictionary(m => m.Id);
    }
}
