namespace CoachingBackend.Feedback.Clients;

/// <summary>Where the client is in the service, as far as feedback cares.</summary>
public enum ServiceStatus { Referred, Active, OnTimeOut, Left }
