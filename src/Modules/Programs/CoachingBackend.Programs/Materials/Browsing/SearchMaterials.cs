using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Programs.Content;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Materials.Browsing;

/// <summary>
/// The organisation's material bank, filtered by theme, kind and tag, and searched by words of the title and body.
/// Retired items are left out unless asked for. By title, then id.
/// </summary>
/// <param name="Q">Words to find, web-search style (<c>"a phrase"</c>, <c>or</c>, <c>-word</c>).</param>
public sealed record SearchMaterials(Theme? Theme, MaterialKind? Kind, string? Tag, string? Q, bool IncludeRetired, string? Cursor, int? Limit)
    : IQuery<Page<MaterialSummary>>
{
    /// <summary>
    /// The text-search configuration of the index and the queries: <c>simple</c> lowercases and splits words, without
    /// stemming or stop words, because the bank holds Finnish, Swedish, Norwegian and English alike: a word is found as
    /// written, in any case ("walks" finds "Walks", not "walking").
    /// </summary>
    public const string TextSearchConfig = "simple";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/materials", async Task<Ok<Page<MaterialSummary>>> (string? theme, string? kind, string? tag, string? q,
                bool? includeRetired, string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchMaterials(JsonDefaults.ParseQuery<Theme>(theme, "theme"),
                    JsonDefaults.ParseQuery<MaterialKind>(kind, "kind"), tag, q, includeRetired ?? false, cursor, limit), ct)))
            .WithName("SearchMaterials")
            .WithMetadata(new EnumQueryParameter("theme", typeof(Theme)), new EnumQueryParameter("kind", typeof(MaterialKind)))
            .WithTags("Materials")
            .WithSummary("Search the organisation's material bank")
            .WithDescription("theme, kind and tag filter; q finds items whose title or body holds its words, whole words in any " +
                             "case, without stemming (PostgreSQL full-text search, 'simple' configuration; web-search syntax: " +
                             "\"a phrase\", or, -word). Retired items only with includeRetired=true. Cursor paging: pass nextCursor " +
                             "back as cursor. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class SearchMaterialsHandler(IQuerySession session) : IQueryHandler<SearchMaterials, Page<MaterialSummary>>
{
    public async ValueTask<Page<MaterialSummary>> Handle(SearchMaterials query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var materials = session.Query<MaterialRecord>().AsQueryable();
        if (!query.IncludeRetired) materials = materials.Where(m => !m.IsRetired);
        if (query.Theme is { } theme) materials = materials.Where(m => m.Themes.Contains(theme));
        if (query.Kind is { } kind) materials = materials.Where(m => m.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Tag)) materials = materials.Where(m => m.Tags.Contains(query.Tag));
        if (!string.IsNullOrWhiteSpace(query.Q)) materials = materials.Where(m => m.WebStyleSearch(query.Q, SearchMaterials.TextSearchConfig));

        var rows = await materials.OrderBy(m => m.Title).ThenBy(m => m.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(rows.Select(MaterialSummary.From).ToList(), offset, limit);
    }
}
