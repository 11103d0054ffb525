namespace CoachingBackend.BuildingBlocks.Analytics;

/// <summary>How the analysts' export treats a personal field of an event (health data: an analyst never identifies a client).</summary>
public enum PersonalData
{
    /// <summary>A client's id: replaced by the client's pseudonymous key (the same in every export of the organisation).</summary>
    ClientId,
    /// <summary>A coach's or another staff member's id or user id: replaced by their pseudonymous key.</summary>
    StaffId,
    /// <summary>Names, contact details, free texts, notes, answers in the client's own words: never exported.</summary>
    Omitted,
    /// <summary>A date of birth: exported as the birth year only.</summary>
    BirthYear,
}
