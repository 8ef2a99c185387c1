using Platform.Testing;

namespace Platform.Points.Tests.GridTasks;

/// <summary>The platform with the points per kind changed in configuration.</summary>
public sealed class GridTaskPointsPlatform : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Points:GridTasks:Patrol"] = "12",
    };
}

public sealed class GridTaskConfigurationTests(GridTaskPointsPlatform platform) : IClassFixture<GridTaskPointsPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task The_points_per_kind_come_from_configuration_with_defaults_for_the_rest()
    {
        var world = await GridWorld.CreateAsync(Client);
        var patrol = await Client.SubmittedAsync(world, "PATROL");
        var hazard = await Client.SubmittedAsync(world, "HAZARD_CHECK");

        (await Client.AcceptAsync(world.Verifier, patrol)).Ok();
        (await Client.AcceptAsync(world.Verifier, hazard)).Ok();

        Assert.Equal(12 + 8, await Client.BalanceAsync(world.VolunteerToken));
    }
}
