namespace CoachingBackend.Courses.Clients;

/// <summary>Where the client is in the service, as far as courses care: only an active client is enrolled.</summary>
public enum ServiceStatus { Referred, Active, OnTimeOut, Left }
