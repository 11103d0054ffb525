using System.Text.Json;
using CoachingBackend.Courses.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>Surveys as the apps send and answer them, and a course completion as the Courses module will publish it.</summary>
public static class FeedbackSteps
{
    /// <summary>An answer to every item of a built-in end-of-service or end-of-course survey.</summary>
    public static object Answers(string judgement = "positive", int rating = 4, int? recommend = 9, string? helped = "The walks we planned.")
    {
        var answers = new List<object> { new { item = "judgement", judgement }, new { item = "rating", value = rating } };
        if (recommend is { } r) answers.Add(new { item = "recommend", value = r });
        if (helped is not null) answers.Add(new { item = "what-helped", text = helped });
        return new { answers };
    }

    /// <summary>The client's surveys, newest first.</summary>
    public static async Task<List<JsonElement>> SurveysAsync(this HttpClient caller, Guid clientId) =>
        (await caller.GetJson($"/api/v1/clients/{clientId}/surveys")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>
    /// Publishes <see cref="CourseCompleted"/> for the organisation through Wolverine, as the Courses module will, and
    /// returns once every handler has run (a tracked session).
    /// </summary>
    public static Task CompleteCourseAsync(this ApiFactory api, string tenant, CourseCompleted completed) => api.PublishAsync(tenant, completed);

    /// <summary>Publishes an integration event for the organisation and waits until every handler has run.</summary>
    public static Task PublishAsync(this ApiFactory api, string tenant, object message) =>
        api.AfterMessagesHandled(async () =>
        {
            using var scope = api.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(message, new DeliveryOptions { TenantId = tenant });
        });
}
