using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Courses.Materials.HearingMaterials;

/// <summary>An item was retired: no new step may use it; steps that pinned it keep showing it.</summary>
public static class MaterialRetiredHandler
{
    public static async Task Handle(MaterialRetired e, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, "system:courses", time, ct);
        var known = await streams.Reads.LoadAsync<KnownMaterial>(e.MaterialId, ct);
        await streams.Decide(_ => KnownMaterials.Keep(known, Heard(e)), ct);
    }

    public static KnownMaterial Heard(MaterialRetired e) => new()
    {
        Id = e.MaterialId, Revision = e.Revision, Kind = e.Kind, Title = e.Title, Body = e.Body, Url = e.Url,
        DurationSeconds = e.DurationSeconds, Themes = e.Themes, Tags = e.Tags, Language = e.Language,
        EstimatedMinutes = e.EstimatedMinutes, IsRetired = true,
    };
}
