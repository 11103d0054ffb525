using CoachingBackend.BuildingBlocks.Problems;
using Marten;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>Finds which of the client's programmes holds a calendar activity; another client's activity is not found.</summary>
public static class CalendarActivities
{
    public static async Task<Guid?> ProgrammeOfAsync(IQuerySession reads, Guid clientId, Guid activityId, CancellationToken ct)
    {
        var programmes = await reads.Query<ClientProgrammeRecord>().Where(p => p.ClientId == clientId).ToListAsync(ct);
        return programmes.FirstOrDefault(p => p.Activities.Any(a => a.Id == activityId))?.Id;
    }

    /// <summary>The activity in <paramref name="programme"/>, if the programme still runs for it.</summary>
    public static CalendarActivity Open(ClientProgramme programme, Guid activityId)
    {
        var activity = programme.Activities.FirstOrDefault(a => a.Id == activityId) ?? throw new NotFoundException("calendar activity", activityId);
        if (programme.Status == ClientProgrammeStatus.Ended) throw ClientProgrammeProblems.NotRunning(programme.Status);
        return activity;
    }
}
