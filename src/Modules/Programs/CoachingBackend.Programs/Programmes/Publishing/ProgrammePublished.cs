namespace CoachingBackend.Programs.Programmes.Publishing;

/// <summary>The answer to a publication: which version went to whom, and the programme's new stream version (its ETag).</summary>
public sealed record ProgrammePublished(Guid ProgrammeId, int Version, PublicationAudience Audience, long StreamVersion);
