namespace CoachingBackend.Enrollment.Clients.Discharging;

public enum DischargeReason { Completed, TimeOutNotReturned, DroppedOut, Moved, Other }
