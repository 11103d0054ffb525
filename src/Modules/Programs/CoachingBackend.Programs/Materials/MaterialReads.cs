using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Materials.Browsing;
using Marten;

namespace CoachingBackend.Programs.Materials;

/// <summary>An item as the API shows it, read from its inline projection (so also right after a command committed).</summary>
public static class MaterialReads
{
    public static async Task<MaterialResponse> CurrentAsync(IQuerySession session, Guid materialId, CancellationToken ct) =>
        MaterialResponse.From(await session.LoadAsync<MaterialRecord>(materialId, ct) ?? throw new NotFoundException("material", materialId));
}
