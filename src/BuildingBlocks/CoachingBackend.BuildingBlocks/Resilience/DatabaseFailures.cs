using System.Net.Sockets;
using Npgsql;

namespace CoachingBackend.BuildingBlocks.Resilience;

/// <summary>
/// Which failures mean "PostgreSQL cannot be reached right now, try again shortly": a refused or broken connection,
/// a timeout, a server shutting down or starting up. Marten and Wolverine wrap Npgsql's exceptions in their own, so the
/// whole chain of inner exceptions is searched. The API answers these with 503 and <c>Retry-After</c>; the handlers of
/// integration events retry them with back-off instead of dead-lettering the message.
/// </summary>
public static class DatabaseFailures
{
    /// <summary>
    /// Server states that end or refuse a connection while the server restarts or is overloaded:
    /// 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up), 53300 too many connections.
    /// Every state of class 08 (connection exception) counts too.
    /// </summary>
    private static readonly HashSet<string> UnavailableStates = ["57P01", "57P02", "57P03", "53300"];

    /// <summary>The database is unreachable or going away: the same request may succeed in a few seconds.</summary>
    public static bool IsUnavailable(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                                      || UnavailableStates.Contains(postgres.SqlState),
        // Npgsql's own failures of the socket, the stream, the connect or the wait for a pooled connection.
        NpgsqlException { InnerException: IOException or SocketException or TimeoutException } => true,
        SocketException => true,
        _ => false,
    });

    /// <summary>
    /// Worth retrying a moment later: the database is unavailable, or PostgreSQL said the failure is transient
    /// (a deadlock, a serialization failure, a lock not available).
    /// </summary>
    public static bool IsTransient(Exception exception) =>
        IsUnavailable(exception) || Chain(exception).OfType<NpgsqlException>().Any(e => e.IsTransient);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 32)
        {
            var current = pending.Pop();
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions) pending.Push(inner);
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
