using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.UnitTests.Enrollment;

public sealed class ReferringTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    private static ReferClient Command(params RiskFactor[] risks) => new(
        new PersonName("Aino", "Virtanen"), new DateOnly(1979, 4, 12),
        new ContactDetails("aino@example.fi", null, ContactChannel.Email), ReferralSource.MaternityClinic,
        "  Tikkurila maternity clinic ", "  Gestational diabetes risk ", risks);

    [Fact]
    public void Referring_a_client_starts_the_journey_with_one_referral_event_stamped_with_the_time_given()
    {
        var clientId = Guid.CreateVersion7();
        var decision = ReferClient.Decide(clientId, Command(RiskFactor.Overweight), Contexts.As("referrer", Now, tenant: "vantaa"));

        var referred = Assert.IsType<ClientReferred>(Assert.Single(decision.Events));
        Assert.Equal(clientId, referred.ClientId);
        Assert.Equal(Now, referred.ReferredAt);
        Assert.Equal(ReferralSource.MaternityClinic, referred.Source);
        Assert.Equal("Gestational diabetes risk", referred.Reason);
        Assert.Equal("Tikkurila maternity clinic", referred.ReferrerName);
    }

    [Fact]
    public void A_risk_factor_named_twice_is_recorded_once()
    {
        var decision = ReferClient.Decide(Guid.CreateVersion7(), Command(RiskFactor.Overweight, RiskFactor.Overweight, RiskFactor.Smoking), Contexts.As("referrer", Now, tenant: "vantaa"));
        var referred = Assert.IsType<ClientReferred>(Assert.Single(decision.Events));
        Assert.Equal([RiskFactor.Overweight, RiskFactor.Smoking], referred.RiskFactors);
    }

    [Fact]
    public void Other_modules_hear_of_the_referral_with_the_organisation_it_belongs_to()
    {
        var clientId = Guid.CreateVersion7();
        var decision = ReferClient.Decide(clientId, Command(), Contexts.As("referrer", Now, tenant: "kerava"));
        var published = Assert.IsType<ReferralReceived>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal("kerava", published.TenantId);
        Assert.Equal(clientId, published.ClientId);
    }
}
