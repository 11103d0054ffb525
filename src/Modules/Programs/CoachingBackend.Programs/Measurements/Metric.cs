namespace CoachingBackend.Programs.Measurements;

/// <summary>What a wearable measures, one figure a day each: steps, active-minutes, sleep-minutes, resting-heart-rate, weight.</summary>
public enum Metric { Steps, ActiveMinutes, SleepMinutes, RestingHeartRate, Weight }
