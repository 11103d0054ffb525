using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>The read model behind <c>GET /clients/{id}</c>, kept in step with the stream in the same transaction.</summary>
public sealed class ClientRecord
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public PersonName Name { get; set; } = new("", "");
    public DateOnly? DateOfBirth { get; set; }
    public ContactDetails Contact { get; set; } = new(null, null, ContactChannel.Phone);
    public ReferralSource ReferralSource { get; set; }
    public string? ReferrerName { get; set; }
    public string ReferralReason { get; set; } = "";
    public List<RiskFactor> RiskFactors { get; set; } = [];
    public ClientStatus Status { get; set; }
    public DateTimeOffset ReferredAt { get; set; }
    public string? ReferredBy { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}

public sealed partial class ClientRecordProjection : SingleStreamProjection<ClientRecord, Guid>
{
    public static ClientRecord Create(IEvent<ClientReferred> e) => new()
    {
        Id = e.Data.ClientId,
        Name = e.Data.Name,
        DateOfBirth = e.Data.DateOfBirth,
        Contact = e.Data.Contact,
        ReferralSource = e.Data.Source,
        ReferrerName = e.Data.ReferrerName,
        ReferralReason = e.Data.Reason,
        RiskFactors = [.. e.Data.RiskFactors],
        Status = ClientStatus.Referred,
        ReferredAt = e.Data.ReferredAt,
        ReferredBy = e.UserName,
        LastChangedAt = e.Data.ReferredAt,
    };
}
