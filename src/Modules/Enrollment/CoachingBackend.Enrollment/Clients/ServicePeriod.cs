using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.HearingActivity;
using CoachingBackend.Enrollment.Clients.HearingReadiness;
using CoachingBackend.Enrollment.Clients.InterviewingForIntake;
using CoachingBackend.Enrollment.Clients.RecordingMeetings;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.FollowUps;
using JasperFx.Events;
using Marten.Events.Aggregation;
using Marten.Metadata;

namespace CoachingBackend.Enrollment.Clients;

public sealed record ServicePeriod(DateTimeOffset ActivatedAt, DateOnly EndsOn, ReadinessRecommendationAtActivation RecommendationAtActivation,
    string? OverrideReason, string ActivatedBy);
