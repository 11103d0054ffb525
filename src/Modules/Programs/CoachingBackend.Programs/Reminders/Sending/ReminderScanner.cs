using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Scheduling;
using CoachingBackend.Programs.ClientProgrammes;
using CoachingBackend.Programs.Settings;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.Programs.Reminders.Sending;

/// <summary>
/// Sends the reminders that have fallen due in every organisation, every <c>Programs:ReminderScanSeconds</c> and at once
/// when the development clock moves (<see cref="ClockDrivenScan"/>: one node at a time). It finds them by each
/// programme's next reminder moment, so a scan reads only the programmes that have one due.
/// </summary>
public sealed class ReminderScanner(IDocumentStore store, IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<ReminderScanner> logger) : ClockDrivenScan(store, time, lifetime, logger)
{
    public const string Actor = "system:reminders";
    public const int ReminderLock = 2;

    protected override int LockObject => ReminderLock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Programs:ReminderScanSeconds", 30));

    public override Task ScanAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var pageSize = configuration.GetValue("Programs:ReminderScanPageSize", 500);
        return DecideOnEachDueAsync(scopes, Actor, pageSize, async (query, skip) =>
            [.. (await query.Query<ClientProgrammeRecord>().Where(p => p.AnyTenant() && p.NextReminderAt <= now && !p.Id.IsOneOf(skip))
                .OrderBy(p => p.NextReminderAt).Take(pageSize).ToListAsync(ct)).Select(p => (p.TenantId!, p.Id))],
            (streams, tenant, id) => RemindAsync(streams, tenant, id, ct), ct);
    }

    private static async Task RemindAsync(EventStreams streams, string tenantId, Guid clientProgrammeId, CancellationToken ct)
    {
        await streams.BeginAsync(ct);
        var settings = await ProgramsSettingsRecord.LoadAsync(streams.Reads, tenantId, ct);
        var programme = await streams.Reads.LoadAsync<ClientProgrammeRecord>(clientProgrammeId, ct);
        if (programme is null) return;
        var sentPerWeek = (await streams.Reads.Query<NotificationRecord>().Where(n => n.ClientId == programme.ClientId).ToListAsync(ct))
            .GroupBy(n => n.Week).ToDictionary(g => g.Key, g => g.Count());
        await streams.Decide<ClientProgramme>(clientProgrammeId, null,
            (p, context) => RemindOfActivities.Decide(p, sentPerWeek, settings.RemindersPerWeek, context), ct);
    }
}
