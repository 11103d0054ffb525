using CoachingBackend.Programs.Materials.Adding;
using CoachingBackend.Programs.Materials.Retiring;
using CoachingBackend.Programs.Materials.Revising;
using Marten.Events.Aggregation;

namespace CoachingBackend.Programs.Materials;

public sealed partial class MaterialRecordProjection : SingleStreamProjection<MaterialRecord, Guid>
{
    public static MaterialRecord Create(MaterialAdded e)
    {
        var record = new MaterialRecord { Id = e.MaterialId, AddedBy = e.AddedBy, AddedAt = e.AddedAt };
        record.Show(e.Content(), 1, e.AddedBy, e.AddedAt);
        return record;
    }

    public static void Apply(MaterialContentRevised e, MaterialRecord record) =>
        record.Show(e.Content(), e.Revision, e.RevisedBy, e.RevisedAt);

    public static void Apply(MaterialRetiredFromUse e, MaterialRecord record) => record.IsRetired = true;
}
