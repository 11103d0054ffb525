using CoachingBackend.DevDatabase;

namespace CoachingBackend.UnitTests.DevDatabase;

public sealed class ClusterLocationTests
{
    private const string Requested = "/tmp/tmp.Ab12Cd/repo/.data/postgres";

    [Fact]
    public void Not_as_root_the_cluster_keeps_its_data_where_asked()
    {
        var choice = ClusterLocation.Choose(Requested, runsAsPostgresUser: false, _ => false, ClusterLocation.PersistentRoot);

        Assert.Equal(new ClusterLocation.Choice(Requested, Relocated: false), choice);
    }

    [Fact]
    public void As_root_the_cluster_keeps_its_data_where_asked_when_the_postgres_user_can_reach_it()
    {
        var choice = ClusterLocation.Choose(Requested, runsAsPostgresUser: true, _ => true, ClusterLocation.PersistentRoot);

        Assert.Equal(new ClusterLocation.Choice(Requested, Relocated: false), choice);
    }

    [Fact]
    public void As_root_data_the_postgres_user_cannot_reach_moves_to_a_folder_of_its_own_named_after_the_requested_path()
    {
        var asked = new List<string>();
        var choice = ClusterLocation.Choose(Requested, runsAsPostgresUser: true, p => { asked.Add(p); return false; },
            ClusterLocation.PersistentRoot);

        Assert.Equal([Requested], asked);
        Assert.True(choice.Relocated);
        Assert.Equal($"/var/lib/coachingbackend/{ClusterLocation.KeyOf(Requested)}/postgres", choice.DataDirectory);
        Assert.Matches("^[0-9a-f]{16}$", ClusterLocation.KeyOf(Requested));
    }

    [Fact]
    public void The_same_clone_finds_the_same_folder_again_and_another_clone_another_folder()
    {
        static string Choose(string requested) =>
            ClusterLocation.Choose(requested, runsAsPostgresUser: true, _ => false, ClusterLocation.PersistentRoot).DataDirectory;

        Assert.Equal(Choose(Requested), Choose(Requested));
        Assert.Equal(Choose(Requested), Choose(Requested + "/"));
        Assert.Equal(Choose(Requested), Choose("/tmp/tmp.Ab12Cd/repo/./.data/postgres"));
        Assert.NotEqual(Choose(Requested), Choose("/tmp/tmp.Zz99Yy/repo/.data/postgres"));
    }

    [Fact]
    public void A_throwaway_cluster_moves_under_var_tmp()
    {
        var choice = ClusterLocation.Choose("/root/private/tmp/coaching-pg-1", runsAsPostgresUser: true, _ => false,
            ClusterLocation.ThrowawayRoot);

        Assert.StartsWith("/var/tmp/coachingbackend/", choice.DataDirectory);
    }

    [Fact]
    public void The_nearest_existing_folder_is_the_one_creating_the_data_folder_would_go_through()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Equal(root, ClusterLocation.NearestExisting(Path.Combine(root, ".data", "postgres")));
            Assert.Equal(root, ClusterLocation.NearestExisting(root));
        }
        finally
        {
            Directory.Delete(root);
        }
    }
}
