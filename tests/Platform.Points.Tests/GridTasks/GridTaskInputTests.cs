using Platform.Testing;

namespace Platform.Points.Tests.GridTasks;

public sealed class GridTaskInputTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    public static TheoryData<string, string> BadSubmissions => new()
    {
        { "done in the future", "doneAt" },
        { "done 31 days ago", "doneAt" },
        { "description of 4 characters", "description" },
        { "description of 1001 characters", "description" },
        { "11 pieces of evidence", "evidence" },
        { "evidence of 501 characters", "evidence" },
        { "blank evidence", "evidence" },
        { "key of 101 characters", "idempotencyKey" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task A_bad_submission_is_refused_with_the_field_and_nothing_is_written(string bad, string field)
    {
        var world = await GridWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var response = bad switch
        {
            "done in the future" => await Client.SubmitAsync(world.VolunteerToken, world.Community, doneAt: now.AddHours(1)),
            "done 31 days ago" => await Client.SubmitAsync(world.VolunteerToken, world.Community, doneAt: now.AddDays(-31)),
            "description of 4 characters" => await Client.SubmitAsync(world.VolunteerToken, world.Community, description: " 巡查小区 "),
            "description of 1001 characters" => await Client.SubmitAsync(world.VolunteerToken, world.Community, description: new string('巡', 1001)),
            "11 pieces of evidence" => await Client.SubmitAsync(world.VolunteerToken, world.Community, evidence: [.. Enumerable.Range(0, 11).Select(i => $"photo-{i}")]),
            "evidence of 501 characters" => await Client.SubmitAsync(world.VolunteerToken, world.Community, evidence: ["https://img.example.cn/" + new string('a', 478)]),
            "blank evidence" => await Client.SubmitAsync(world.VolunteerToken, world.Community, evidence: ["photo-1", "  "]),
            _ => await Client.SubmitAsync(world.VolunteerToken, world.Community, key: new string('k', 101)),
        };

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Field());
        Assert.Equal(0, (await Client.MineAsync(world.VolunteerToken))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_limits_themselves_are_accepted()
    {
        var world = await GridWorld.CreateAsync(Client);
        var submitted = await Client.SubmitAsync(world.VolunteerToken, world.Community, doneAt: DateTimeOffset.UtcNow.AddDays(-29.9),
            description: "巡查小区。", evidence: [.. Enumerable.Range(0, 10).Select(_ => new string('p', 500))], key: new string('k', 100));
        Assert.Equal(10, submitted.Task("submitGridTask")["evidence"]!.AsArray().Count);
    }

    [Fact]
    public async Task Rejecting_without_a_reason_is_refused_and_the_task_stays_submitted()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        var blank = await Client.RejectAsync(world.Verifier, id, "   ");
        var missing = await Client.SendAsync("mutation($id: ID!) { points { rejectGridTask(id: $id) { id } } }", new { id }, world.Verifier);

        Assert.Equal(["VALIDATION"], blank.ErrorCodes);
        Assert.Equal("reason", blank.Field());
        Assert.NotNull(missing.Errors);
        Assert.Null(missing.Data);
        Assert.Equal("SUBMITTED", (await Client.TaskAsync(world.Verifier, id)).Text("status"));
    }

    [Fact]
    public async Task A_note_over_500_characters_is_refused_and_nothing_is_awarded()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        var response = await Client.AcceptAsync(world.Verifier, id, new string('好', 501));

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal("note", response.Field());
        Assert.Equal("SUBMITTED", (await Client.TaskAsync(world.Verifier, id)).Text("status"));
        Assert.Equal(0, await Client.BalanceAsync(world.VolunteerToken));
    }

    [Fact]
    public async Task Deciding_an_unknown_task_is_not_found_and_a_malformed_id_is_refused()
    {
        var world = await GridWorld.CreateAsync(Client);

        Assert.Equal(["NOT_FOUND"], (await Client.AcceptAsync(world.Verifier, Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.RejectAsync(world.Verifier, Guid.NewGuid(), "没有这个任务")).ErrorCodes);
        var malformed = await Client.SendAsync(GridCalls.Accept, new { id = "task-1" }, world.Verifier);
        Assert.Equal(["VALIDATION"], malformed.ErrorCodes);
        Assert.Equal("id", malformed.Field());
    }
}
