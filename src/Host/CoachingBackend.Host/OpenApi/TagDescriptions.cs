using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>What each group of operations is for, as the document's tags.</summary>
public sealed class TagDescriptions : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Referrals"] = "Sending a client in: the start of every client's journey.",
        ["Clients"] = "A client's current state and their whole journey as an auditable timeline.",
        ["Coaches"] = "Coaches and their caseloads.",
        ["Follow-ups"] = "What a coach should act on: passive clients, ended time-outs.",
        ["Questionnaires"] = "Readiness-for-change instruments, for partner apps to render.",
        ["Readiness assessments"] = "A client's scored questionnaires, recommendations and trend.",
        ["Materials"] = "The organisation's material bank (texts, tips, videos, tasks, links), shared by programmes and courses.",
        ["Programmes"] = "Programme templates: drafted by a coach, shared with the organisation's coaches for review, then released to clients.",
        ["Courses"] = "Self-paced learning paths (free flow, defined order, timed windows): drafted, shared with coaches for review, then released to clients.",
        ["Course enrolments"] = "A client's way through a course: steps done in the course's mode, more material on request, the coach's view of who has stalled.",
        ["Settings"] = "The organisation's own rules for the service.",
        ["Entries"] = "What clients write down (activities done, notes, moods, measurements) and their coaches' comments.",
        ["Measurements"] = "Wearable data: batches from watches, phones and gateways, de-duplicated daily figures, weekly sums.",
        ["Challenges"] = "Goals a coach sets on a client's wearable data (7,000 steps on 5 of 7 days), tracked as data arrives.",
        ["Surveys"] = "End-of-course, end-of-service and after-meeting surveys: templates, the client's answers and the coach's reply.",
        ["Feedback summaries"] = "What the organisation's clients think, per course, programme, coach or month: figures, never free texts.",
        ["Analytics"] = "For analysts: counts over the journeys (monthly figures; the funnel, dropout timing, readiness trend and time-outs, with counts under five suppressed), and the event history to replay (NDJSON export, live Server-Sent Events, catalogue), pseudonymised so that no client is identified.",
        ["Operations"] = "For an organisation's admin: its integration events that failed for good, to replay or discard.",
        ["Development"] = "Helpers that exist only in Development (or when DevTools:Enabled is set).",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = context.ApiDescriptions.SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>())
            .SelectMany(t => t.Tags).Distinct().Order();
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag
        {
            Name = name,
            Description = Descriptions.GetValueOrDefault(name, name),
        }));
    }
}
