using CoachingBackend.Programs.Materials.Adding;
using CoachingBackend.Programs.Materials.Revising;
using Marten.Events.Projections;

namespace CoachingBackend.Programs.Materials;

/// <summary>One document per revision, keyed by item and number, written once when the revision is made.</summary>
public sealed partial class MaterialRevisionRecordProjection : MultiStreamProjection<MaterialRevisionRecord, Guid>
{
    public MaterialRevisionRecordProjection()
    {
        Identity<MaterialAdded>(e => MaterialRevisionRecord.IdOf(e.MaterialId, 1));
        Identity<MaterialContentRevised>(e => MaterialRevisionRecord.IdOf(e.MaterialId, e.Revision));
    }

    public static MaterialRevisionRecord Create(MaterialAdded e) =>
        MaterialRevisionRecord.Of(e.MaterialId, 1, e.Content(), e.AddedBy, e.AddedAt);

    public static MaterialRevisionRecord Create(MaterialContentRevised e) =>
        MaterialRevisionRecord.Of(e.MaterialId, e.Revision, e.Content(), e.RevisedBy, e.RevisedAt);
}
