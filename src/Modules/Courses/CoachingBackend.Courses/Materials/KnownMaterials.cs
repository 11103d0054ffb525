using CoachingBackend.BuildingBlocks.EventSourcing;

namespace CoachingBackend.Courses.Materials;

/// <summary>
/// Keeps the copy of an item at its latest revision, whatever order the bank's announcements arrive in and however often
/// one is delivered: an older revision never replaces a newer one, and a repeat changes nothing. Pure.
/// </summary>
public static class KnownMaterials
{
    public static Decision Keep(KnownMaterial? known, KnownMaterial heard)
    {
        if (known is not null && known.Revision > heard.Revision) return Decision.None;
        if (known is not null && known.Revision == heard.Revision)
        {
            // The same revision again; only a retirement (announced at the item's last revision) adds anything.
            if (!heard.IsRetired || known.IsRetired) return Decision.None;
        }
        return Decision.None.Updating(heard);
    }

    /// <summary>The items <paramref name="ids"/> names, as Courses knows them now.</summary>
    public static async Task<IReadOnlyDictionary<Guid, KnownMaterial>> LoadAsync(Marten.IQuerySession session, IEnumerable<Guid?> ids,
        CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<Guid, KnownMaterial>();
        return (await session.LoadManyAsync<KnownMaterial>(ct, wanted)).ToDictionary(m => m.Id);
    }
}
