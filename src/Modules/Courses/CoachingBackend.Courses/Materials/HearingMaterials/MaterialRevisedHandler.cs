using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Courses.Materials.HearingMaterials;

/// <summary>An item has a new revision: steps published from now on pin it; what was pinned before stays.</summary>
public static class MaterialRevisedHandler
{
    public static async Task Handle(MaterialRevised e, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, "system:courses", time, ct);
        var known = await streams.Reads.LoadAsync<KnownMaterial>(e.MaterialId, ct);
        await streams.Decide(_ => KnownMaterials.Keep(known, Heard(e)), ct);
    }

    public static KnownMaterial Heard(MaterialRevised e) => new()
    {
        Id = e.MaterialId, Revision = e.Revision, Kind = e.Kind, Title = e.Title, Body = e.Body, Url = e.Url,
        DurationSeconds = e.DurationSeconds, Themes = e.Themes, Tags = e.Tags, Language = e.Language,
        EstimatedMinutes = e.EstimatedMinutes, IsRetired = false,
    };
}
