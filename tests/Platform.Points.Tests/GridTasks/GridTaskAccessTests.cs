using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.GridTasks;

public sealed class GridTaskAccessTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_worker_who_is_not_a_grid_volunteer_cannot_submit_and_nothing_is_written()
    {
        var world = await GridWorld.CreateAsync(Client);

        Assert.Equal(["FORBIDDEN"], (await Client.SubmitAsync(world.NonVolunteerToken, world.Community)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SubmitAsync(world.Verifier, world.Community)).ErrorCodes);

        Assert.Equal(0, (await Client.MineAsync(world.NonVolunteerToken))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Client.SendAsync(GridCalls.Queue, new { c = world.Community }, world.Verifier)).Task("gridTaskQueue")["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_volunteer_submits_only_for_their_own_community()
    {
        var world = await GridWorld.CreateAsync(Client);

        Assert.Equal(["FORBIDDEN"], (await Client.SubmitAsync(world.OtherVolunteerToken, world.Community)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SubmitAsync(world.VolunteerToken, Guid.NewGuid())).ErrorCodes);

        Assert.Equal(0, (await Client.MineAsync(world.OtherVolunteerToken))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Client.MineAsync(world.VolunteerToken))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_verifier_of_another_community_can_neither_decide_nor_see_the_task()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        Assert.Equal(["FORBIDDEN"], (await Client.AcceptAsync(world.OtherVerifier, id)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.RejectAsync(world.OtherVerifier, id, "不是我们社区")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(GridCalls.One, new { id }, world.OtherVerifier)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(GridCalls.Queue, new { c = world.Community }, world.OtherVerifier)).ErrorCodes);
        Assert.Empty((await Client.SendAsync(GridCalls.Queue, new { }, world.OtherVerifier)).Task("gridTaskQueue")["items"]!.AsArray());

        Assert.Equal("SUBMITTED", (await Client.TaskAsync(world.Verifier, id)).Text("status"));
        Assert.Equal(0, await Client.BalanceAsync(world.VolunteerToken));
    }

    [Fact]
    public async Task Only_the_community_verifiers_decide_not_the_volunteer_nor_the_programme_office()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        Assert.Equal(["FORBIDDEN"], (await Client.AcceptAsync(world.VolunteerToken, id)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.AcceptAsync(world.Admin, id)).ErrorCodes);

        Assert.Equal("SUBMITTED", (await Client.TaskAsync(world.Admin, id)).Text("status"));
        Assert.Equal(0, await Client.BalanceAsync(world.VolunteerToken));
    }

    [Fact]
    public async Task A_task_is_seen_by_its_volunteer_its_verifiers_and_the_programme_office_only()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        foreach (var token in new[] { world.VolunteerToken, world.Verifier, world.Admin })
            Assert.Equal(id.ToString(), (await Client.TaskAsync(token, id)).Text("id"));
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(GridCalls.One, new { id }, world.OtherVolunteerToken)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(GridCalls.One, new { id }, world.NonVolunteerToken)).ErrorCodes);
        var secretary = await Client.UserWithRoleAsync(world.Admin, "SECRETARY", world.Branch);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(GridCalls.One, new { id }, secretary)).ErrorCodes);
        Assert.Null((await Client.SendAsync(GridCalls.One, new { id = Guid.NewGuid() }, world.Verifier)).Points()["gridTask"]);
    }

    [Fact]
    public async Task The_queue_shows_a_verifier_their_communities_and_the_programme_office_every_community()
    {
        var world = await GridWorld.CreateAsync(Client);
        var ours = await Client.SubmittedAsync(world);
        var theirs = Guid.Parse((await Client.SubmitAsync(world.OtherVolunteerToken, world.OtherCommunity)).Task("submitGridTask").Text("id"));

        var verifierQueue = (await Client.SendAsync(GridCalls.Queue, new { }, world.Verifier)).Task("gridTaskQueue")["items"]!.AsArray();
        Assert.Equal([ours.ToString()], verifierQueue.Select(t => t!.Text("id")));

        var adminQueue = (await Client.SendAsync(GridCalls.Queue, new { }, world.Admin)).Task("gridTaskQueue")["items"]!.AsArray()
            .Select(t => t!.Text("id")).ToList();
        Assert.Contains(ours.ToString(), adminQueue);
        Assert.Contains(theirs.ToString(), adminQueue);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(GridCalls.Queue, new { }, world.VolunteerToken)).ErrorCodes);
    }
}
