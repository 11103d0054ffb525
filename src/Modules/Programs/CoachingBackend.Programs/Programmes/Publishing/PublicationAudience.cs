namespace CoachingBackend.Programs.Programmes.Publishing;

/// <summary>Who a publication is for: first the organisation's coaches, to review; then clients.</summary>
public enum PublicationAudience { Coaches, Clients }
