namespace CoachingBackend.Enrollment.Clients;

public enum ContactChannel { Phone, Email, Sms, App }
