namespace CoachingBackend.Enrollment.Clients;

/// <summary>Where the client is in the service.</summary>
public enum ClientStatus { Referred, Active, OnTimeOut, Discharged }
