using CoachingBackend.Programs.Materials.Adding;
using CoachingBackend.Programs.Materials.Retiring;
using CoachingBackend.Programs.Materials.Revising;

namespace CoachingBackend.Programs.Materials;

/// <summary>A material item as its deciders judge it: its current revision and content, and whether it is retired.</summary>
public sealed record Material(Guid Id, int Revision, MaterialContent Content, bool IsRetired)
{
    /// <summary>A retired item takes no new revision (409).</summary>
    public const string Retired = "material-retired";

    public static Material Create(MaterialAdded e) => new(e.MaterialId, 1, e.Content(), false);

    public Material Apply(MaterialContentRevised e) => this with { Revision = e.Revision, Content = e.Content() };

    public Material Apply(MaterialRetiredFromUse e) => this with { IsRetired = true };
}
