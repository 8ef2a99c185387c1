using Platform.Testing;

namespace Platform.Points.Tests.GridTasks;

public sealed class GridTaskIdempotencyTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Submitting_again_with_the_same_key_returns_the_first_submission()
    {
        var world = await GridWorld.CreateAsync(Client);

        var first = (await Client.SubmitAsync(world.VolunteerToken, world.Community, key: "phone-42-0001")).Task("submitGridTask");
        var again = (await Client.SubmitAsync(world.VolunteerToken, world.Community, "HAZARD_CHECK", description: "重发的描述不同", key: "phone-42-0001"))
            .Task("submitGridTask");

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(1, (await Client.MineAsync(world.VolunteerToken))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ten_simultaneous_submissions_with_one_key_make_one_task()
    {
        var world = await GridWorld.CreateAsync(Client);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Client.SubmitAsync(world.VolunteerToken, world.Community, key: "retry-storm")));

        Assert.Single(answers.Select(a => a.Task("submitGridTask").Text("id")).Distinct());
        Assert.Equal(1, (await Client.MineAsync(world.VolunteerToken))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_key_is_the_volunteer_own_and_no_key_means_a_new_task_each_time()
    {
        var world = await GridWorld.CreateAsync(Client);

        var mine = await Client.SubmittedAsync(world, key: "1");
        var theirs = (await Client.SubmitAsync(world.OtherVolunteerToken, world.OtherCommunity, key: "1")).Task("submitGridTask");
        (await Client.SubmitAsync(world.VolunteerToken, world.Community)).Ok();
        (await Client.SubmitAsync(world.VolunteerToken, world.Community)).Ok();

        Assert.NotEqual(mine.ToString(), theirs.Text("id"));
        Assert.Equal(3, (await Client.MineAsync(world.VolunteerToken))["totalCount"]!.GetValue<int>());
        Assert.Equal(1, (await Client.MineAsync(world.OtherVolunteerToken))["totalCount"]!.GetValue<int>());
    }
}
