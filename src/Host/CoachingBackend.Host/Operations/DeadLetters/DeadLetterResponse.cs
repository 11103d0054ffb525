namespace CoachingBackend.Host.Operations.DeadLetters;

/// <param name="Id">The message's id; the handle for replay and discard.</param>
/// <param name="MessageType">The message's type name, e.g. <c>ClientReferred</c>'s full name.</param>
/// <param name="SentAt">When the message was sent.</param>
/// <param name="FailedAt">When it was moved to the dead letters (its last failure).</param>
/// <param name="ExceptionType">The last failure's exception type.</param>
/// <param name="ExceptionMessage">The last failure's message.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="ReplayRequested">True once a replay was asked for and the message waits to be re-queued.</param>
/// <param name="CorrelationId">The correlation id of the conversation the message was part of.</param>
public sealed record DeadLetterResponse(Guid Id, string MessageType, DateTimeOffset SentAt, DateTimeOffset? FailedAt,
    string ExceptionType, string ExceptionMessage, int Attempts, bool ReplayRequested, string? CorrelationId);
