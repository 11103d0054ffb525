namespace CoachingBackend.Programs.Clients;

/// <summary>Where the client is in the service, as far as programmes care: only an active client gets a calendar.</summary>
public enum ServiceStatus { Referred, Active, OnTimeOut, Left }
