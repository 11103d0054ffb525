using System.Text.Json;
using CoachingBackend.BuildingBlocks.Scheduling;
using CoachingBackend.IntegrationTests.Infrastructure;
using CoachingBackend.Programs.Reminders.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>
/// Reminders under a moved clock: a daily activity reminded at 09:00 in Helsinki, at most three a week, none during
/// a time-out. This class owns its host (it moves the clock) and runs the scan itself after each move, so that
/// "nothing sent" is a fact, not a race.
/// </summary>
public sealed class ReminderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private ReminderScanner Scanner => api.Services.GetServices<IHostedService>().OfType<ReminderScanner>().Single();

    /// <summary>Two weeks with one activity every day, reminded at nine in the morning.</summary>
    private static object DailyNudges() => new
    {
        name = "Daily nudges",
        description = "A small thing every day.",
        lengthWeeks = 2,
        themes = new[] { "exercise" },
        activities = Enumerable.Range(1, 7).Select(day => new
        {
            key = $"day-{day}", title = $"Move on day {day}", theme = "exercise", kind = "task",
            when = new { week = 1, weekday = day, untilWeek = 2 }, reminderAt = "09:00",
        }).ToArray(),
    };

    [Fact]
    public async Task At_most_three_reminders_a_week_go_out_each_at_its_moment()
    {
        var (org, clientId, monday) = await ClientStartingOnMondayAsync();

        await StepUntil(monday.AddDays(14));

        var client = await org.As("client", clientId.ToString());
        var feed = (await client.GetJson($"/api/v1/clients/{clientId}/notifications?limit=50")).GetProperty("items").EnumerateArray().ToList();
        // Week 1: Monday, Tuesday, Wednesday (then the cap); week 2 the same.
        var expected = new[] { 0, 1, 2, 7, 8, 9 }.Select(d => monday.AddDays(d).ToString("yyyy-MM-dd")).Reverse();
        Assert.Equal(expected, feed.Select(n => n.GetProperty("on").GetString()));
        Assert.All(feed, n => Assert.Equal("09:00", n.GetProperty("remindAt").GetString()));
        var first = feed[^1];
        Assert.Equal("Move on day 1", first.GetProperty("title").GetString());
        var sentAt = first.GetProperty("sentAt").GetDateTimeOffset();
        var dueAt = Local(monday, 9);
        Assert.InRange(sentAt, dueAt, dueAt.AddHours(6));

        var id = first.GetProperty("notificationId").GetGuid();
        var read = await client.PostOk($"/api/v1/clients/{clientId}/notifications/{id}/read", new { });
        var readAgain = await client.PostOk($"/api/v1/clients/{clientId}/notifications/{id}/read", new { });
        Assert.Equal(read.GetProperty("readAt").GetDateTimeOffset(), readAgain.GetProperty("readAt").GetDateTimeOffset());
        Assert.Equal(5, (await client.GetJson($"/api/v1/clients/{clientId}/notifications?unreadOnly=true")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task No_reminder_goes_out_during_a_time_out_nor_late_for_the_days_it_covered()
    {
        var (org, clientId, monday) = await ClientStartingOnMondayAsync();

        await StepUntil(monday.AddDays(2)); // Monday's and Tuesday's reminders
        var coach = await org.As("coach", "coach-anna");
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/time-out",
            new { reason = "Flu", returnBy = monday.AddDays(10) }));
        await StepUntil(monday.AddDays(5)); // Wednesday to Friday: paused
        coach = await org.As("coach", "coach-anna");
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/resumption", new { }));
        await StepUntil(monday.AddDays(7)); // Saturday, then the week's cap on Sunday

        var client = await org.As("client", clientId.ToString());
        var feed = (await client.GetJson($"/api/v1/clients/{clientId}/notifications")).GetProperty("items").EnumerateArray();
        Assert.Equal(new[] { 5, 1, 0 }.Select(d => monday.AddDays(d).ToString("yyyy-MM-dd")), feed.Select(n => n.GetProperty("on").GetString()));
    }

    /// <summary>An active client whose programme of daily nudges starts on a Monday, the clock at 05:00 that day in Helsinki.</summary>
    private async Task<(Organisation Org, Guid ClientId, DateOnly Monday)> ClientStartingOnMondayAsync()
    {
        var now = (await api.MoveClockAsync(new { advance = "PT1S" })).GetProperty("now").GetDateTimeOffset();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Helsinki).DateTime);
        var monday = today.AddDays(7 + (8 - (int)today.DayOfWeek) % 7);
        await api.MoveClockAsync(new { now = Local(monday, 5) });

        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var programmeId = await coach.PublishedAsync(DailyNudges());
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "exercise" }, startsOn = monday }));
        return (org, clientId, monday);
    }

    /// <summary>Moves the clock six hours at a time until 05:00 on <paramref name="day"/>, scanning after each move.</summary>
    private async Task StepUntil(DateOnly day)
    {
        var until = Local(day, 5);
        while (true)
        {
            var now = (await api.MoveClockAsync(new { advance = "PT6H" })).GetProperty("now").GetDateTimeOffset();
            while (!await Scanner.ScanExclusivelyAsync(CancellationToken.None)) await Task.Yield();
            if (now >= until) return;
        }
    }

    private static DateTimeOffset Local(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Helsinki.GetUtcOffset(local));
    }
}
