using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.GridTasks;
using Platform.Testing;

namespace Platform.Points.Tests.GridTasks;

public sealed class GridTaskDecisionTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Deciding_a_decided_task_the_other_way_is_a_conflict_and_changes_nothing()
    {
        var world = await GridWorld.CreateAsync(Client);
        var accepted = await Client.SubmittedAsync(world);
        var rejected = await Client.SubmittedAsync(world);
        (await Client.AcceptAsync(world.Verifier, accepted)).Ok();
        (await Client.RejectAsync(world.Verifier, rejected, "重复上报")).Ok();

        Assert.Equal(["CONFLICT"], (await Client.RejectAsync(world.Verifier, accepted, "看错了")).ErrorCodes);
        Assert.Equal(["CONFLICT"], (await Client.AcceptAsync(world.Verifier, rejected)).ErrorCodes);

        Assert.Equal("ACCEPTED", (await Client.TaskAsync(world.Verifier, accepted)).Text("status"));
        Assert.Equal("REJECTED", (await Client.TaskAsync(world.Verifier, rejected)).Text("status"));
        Assert.Equal(5, await Client.BalanceAsync(world.VolunteerToken));
    }

    [Fact]
    public async Task Repeating_a_decision_answers_the_same_result_and_awards_once()
    {
        var world = await GridWorld.CreateAsync(Client);
        var accepted = await Client.SubmittedAsync(world);
        var rejected = await Client.SubmittedAsync(world);

        var firstAccept = (await Client.AcceptAsync(world.Verifier, accepted, "很好")).Task("acceptGridTask");
        var againAccept = (await Client.AcceptAsync(world.Verifier, accepted, "另一条备注")).Task("acceptGridTask");
        var firstReject = (await Client.RejectAsync(world.Verifier, rejected, "照片模糊")).Task("rejectGridTask");
        var againReject = (await Client.RejectAsync(world.Verifier, rejected, "另一个理由")).Task("rejectGridTask");

        Assert.Equal(firstAccept.ToJsonString(), againAccept.ToJsonString());
        Assert.Equal(firstReject.ToJsonString(), againReject.ToJsonString());
        var mine = await Client.MyPointsAsync(world.VolunteerToken);
        Assert.Equal(5, mine["balance"]!.GetValue<int>());
        Assert.Single(mine["entries"]!["items"]!.AsArray());
    }

    [Fact]
    public async Task Ten_simultaneous_acceptances_award_once_and_answer_alike()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world, "HAZARD_CHECK");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Client.AcceptAsync(world.Verifier, id)));

        Assert.Single(answers.Select(a => a.Task("acceptGridTask").ToJsonString()).Distinct());
        var mine = await Client.MyPointsAsync(world.VolunteerToken);
        Assert.Equal(8, mine["balance"]!.GetValue<int>());
        Assert.Single(mine["entries"]!["items"]!.AsArray());
    }

    [Fact]
    public async Task Acceptances_and_rejections_at_once_settle_on_one_decision_and_the_points_agree_with_it()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            i % 2 == 0 ? Client.AcceptAsync(world.Verifier, id) : Client.RejectAsync(world.Verifier, id, "照片模糊")));

        var final = await Client.TaskAsync(world.Verifier, id);
        var winner = final.Text("status") == "ACCEPTED" ? "acceptGridTask" : "rejectGridTask";
        var won = answers.Where(a => a.Errors is null).ToList();
        Assert.NotEmpty(won);
        Assert.All(won, a => Assert.Equal(final.ToJsonString(), a.Task(winner).ToJsonString()));
        Assert.All(answers.Where(a => a.Errors is not null), a => Assert.Equal(["CONFLICT"], a.ErrorCodes));
        Assert.Equal(winner == "acceptGridTask" ? 5 : 0, await Client.BalanceAsync(world.VolunteerToken));
    }

    [Fact]
    public async Task An_award_lost_after_the_acceptance_was_saved_is_made_once_without_a_repeat()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        await AcceptedWithoutAwardAsync(id, points: 9);
        await platform.CaughtUpAsync();

        // The points decided at acceptance (not today's 5 for a patrol), once.
        var mine = await Client.MyPointsAsync(world.VolunteerToken);
        Assert.Equal(9, mine["balance"]!.GetValue<int>());
        Assert.Single(mine["entries"]!["items"]!.AsArray());
    }

    [Fact]
    public async Task Repeating_an_acceptance_whose_award_was_lost_makes_the_award_at_once_and_once()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);
        await AcceptedWithoutAwardAsync(id, points: 9);

        var repeated = (await Client.AcceptAsync(world.Verifier, id)).Task("acceptGridTask");
        Assert.Equal("ACCEPTED", repeated.Text("status"));
        Assert.Equal(9, await Client.BalanceAsync(world.VolunteerToken));

        (await Client.AcceptAsync(world.Verifier, id)).Ok();
        await platform.CaughtUpAsync();
        var mine = await Client.MyPointsAsync(world.VolunteerToken);
        Assert.Equal(9, mine["balance"]!.GetValue<int>());
        Assert.Single(mine["entries"]!["items"]!.AsArray());
    }

    /// <summary>What a crash between saving the acceptance and making the award leaves behind: accepted, no points.</summary>
    private async Task AcceptedWithoutAwardAsync(Guid id, int points)
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.Append(id, new GridTaskAccepted(id, points, "saved before a crash"));
        await session.SaveChangesAsync();
    }
}
