using System.Text.Json.Nodes;
using Platform.Testing;

namespace Platform.Organization.Tests.Workers;

public sealed class WorkerRegistrationTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_worker_is_registered_with_sectors_an_affiliation_at_an_outlet_a_branch_and_a_grid_community()
    {
        var seed = await Seed.CreateAsync(Client, "W1");
        var response = await Client.RegisterWorkerAsync(seed.Admin, "王小明", "+86 136 0000 0001", seed.EnterpriseA, seed.BranchA,
            sectors: ["FOOD_DELIVERY", "EXPRESS", "FOOD_DELIVERY"], outletId: seed.OutletA, gridVolunteer: true, communityId: seed.Community);
        var worker = response.Org()["registerWorker"]!["worker"]!;

        Assert.Equal("王小明", worker["name"]!.GetValue<string>());
        Assert.Equal("13600000001", worker["phone"]!.GetValue<string>());
        Assert.Equal(["EXPRESS", "FOOD_DELIVERY"], worker["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(seed.BranchA, worker["branch"]!.Id());
        Assert.Equal(seed.EnterpriseA, worker["enterprises"]!.AsArray().Single()!.Id());
        Assert.True(worker["gridVolunteer"]!.GetValue<bool>());
        Assert.Equal(seed.Community, worker["community"]!.Id());
        Assert.Null(response.Org()["registerWorker"]!["account"]);

        var read = (await Client.SendAsync(
            "query($id: ID!) { organization { worker(id: $id) { affiliations { enterprise { name } outlet { name } since until } branchHistory { branch { name } from to } } } }",
            new { id = worker.Id() }, seed.Admin)).Org()["worker"]!;
        var affiliation = read["affiliations"]!.AsArray().Single()!;
        Assert.Equal("蜂鸟配送W1", affiliation["enterprise"]!["name"]!.GetValue<string>());
        Assert.Equal("文三站W1", affiliation["outlet"]!["name"]!.GetValue<string>());
        Assert.Null(affiliation["until"]);
        var stint = read["branchHistory"]!.AsArray().Single()!;
        Assert.Equal("蜂鸟支部W1", stint["branch"]!["name"]!.GetValue<string>());
        Assert.Null(stint["to"]);
    }

    [Fact]
    public async Task A_worker_registered_with_an_account_signs_in_with_the_one_time_password_and_sees_only_their_record()
    {
        var seed = await Seed.CreateAsync(Client, "W2");
        var phone = OrganizationCalls.NewPhone();
        var payload = (await Client.RegisterWorkerAsync(seed.Admin, "李娜", phone, seed.EnterpriseA, seed.BranchA, createAccount: true))
            .Org()["registerWorker"]!;
        var workerId = payload["worker"]!.Id();
        var account = payload["account"]!;
        Assert.True(account["created"]!.GetValue<bool>());
        var password = account["oneTimePassword"]!.GetValue<string>();

        var token = await Client.SignInAsync(phone, password);
        var changed = (await Client.SendAsync(
            "mutation($pw: String!) { access { changePassword(currentPassword: $pw, newPassword: \"rider-pass-2026\") { token user { roles { role scope } } } } }",
            new { pw = password }, token)).Ok()["access"]!["changePassword"]!;
        var role = changed["user"]!["roles"]!.AsArray().Single()!;
        Assert.Equal("WORKER", role["role"]!.GetValue<string>());
        Assert.Equal(workerId.ToString(), role["scope"]!.GetValue<string>());

        var me = (await Client.SendAsync("{ organization { me { id name branch { name } } } }", token: changed["token"]!.GetValue<string>()))
            .Org()["me"]!;
        Assert.Equal(workerId, me.Id());
        Assert.Equal("蜂鸟支部W2", me["branch"]!["name"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> BadWorkers => new()
    {
        { "phone", "王小明", "12345" },
        { "phone", "王小明", "23600000009" },
        { "name", "王小明2", "" },
        { "name", " ", "" },
        { "sectors", "王小明", "" },
        { "affiliations", "王小明", "" },
        { "affiliations", "王小明", "unknown-enterprise" },
        { "outletId", "王小明", "" },
        { "branchId", "王小明", "" },
        { "communityId", "王小明", "volunteer-without-community" },
        { "communityId", "王小明", "community-without-volunteer" },
        { "reason", "王小明", "" },
    };

    [Theory]
    [MemberData(nameof(BadWorkers))]
    public async Task A_worker_with_bad_input_is_refused_with_the_field_and_nothing_is_written(string field, string name, string variant)
    {
        var seed = await Seed.CreateAsync(Client, $"W3{Guid.NewGuid():N}"[..10]);
        var before = await WorkerCountAsync(seed.Admin);
        var phone = field == "phone" ? variant : OrganizationCalls.NewPhone();
        object affiliations = field switch
        {
            "affiliations" when variant == "" => Array.Empty<object>(),
            "affiliations" => new[] { new { enterpriseId = Guid.NewGuid(), outletId = (Guid?)null } },
            "outletId" => new[] { new { enterpriseId = seed.EnterpriseA, outletId = (Guid?)seed.OutletB } },
            _ => new[] { new { enterpriseId = seed.EnterpriseA, outletId = (Guid?)null } },
        };
        var response = await Client.SendAsync(OrganizationCalls.RegisterWorker, new
        {
            name,
            phone,
            sectors = field == "sectors" ? Array.Empty<string>() : ["EXPRESS"],
            affiliations,
            branchId = field == "branchId" ? Guid.NewGuid() : seed.BranchA,
            gridVolunteer = variant == "volunteer-without-community",
            communityId = variant == "community-without-volunteer" ? seed.Community : (Guid?)null,
            createAccount = false,
            reason = field == "reason" ? "" : "登记骑手",
        }, seed.Admin);

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(before, await WorkerCountAsync(seed.Admin));
    }

    [Fact]
    public async Task A_phone_that_is_registered_already_in_any_form_is_a_conflict()
    {
        var seed = await Seed.CreateAsync(Client, "W4");
        var phone = OrganizationCalls.NewPhone();
        await Client.RegisterWorkerOkAsync(seed.Admin, "张三", phone, seed.EnterpriseA, seed.BranchA);
        var again = await Client.RegisterWorkerAsync(seed.Admin, "张三丰", $"+86 {phone[..3]}-{phone[3..7]}-{phone[7..]}", seed.EnterpriseB, seed.BranchB);
        Assert.Equal(["CONFLICT"], again.ErrorCodes);
    }

    [Fact]
    public async Task Ten_simultaneous_registrations_of_one_phone_make_one_worker()
    {
        var seed = await Seed.CreateAsync(Client, "W5");
        var before = await WorkerCountAsync(seed.Admin);
        var phone = OrganizationCalls.NewPhone();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Client.RegisterWorkerAsync(seed.Admin, "赵六", phone, seed.EnterpriseA, seed.BranchA)));

        Assert.Single(responses, r => r.ErrorCodes.Count == 0);
        Assert.All(responses.Where(r => r.ErrorCodes.Count > 0), r => Assert.Equal(["CONFLICT"], r.ErrorCodes));
        Assert.Equal(before + 1, await WorkerCountAsync(seed.Admin));
    }

    [Fact]
    public async Task A_transfer_keeps_the_history_of_branches_with_when_and_why()
    {
        var seed = await Seed.CreateAsync(Client, "W6");
        var workerId = await Client.RegisterWorkerOkAsync(seed.Admin, "孙骑手", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);

        await TransferAsync(seed.Admin, workerId, seed.AreaBranch, "搬到区域支部").ContinueWith(t => t.Result.Ok());
        var worker = (await TransferAsync(seed.Admin, workerId, seed.BranchB, "转入顺达")).Org()["transferWorker"]!;

        Assert.Equal(seed.BranchB, worker["branch"]!.Id());
        var stints = worker["branchHistory"]!.AsArray();
        Assert.Equal([seed.BranchA, seed.AreaBranch, seed.BranchB], stints.Select(s => s!["branch"]!.Id()));
        Assert.Equal([null, "搬到区域支部", "转入顺达"], stints.Select(s => s!["reason"]?.GetValue<string>()));
        Assert.Equal(stints[0]!["to"]!.GetValue<string>(), stints[1]!["from"]!.GetValue<string>());
        Assert.Null(stints[2]!["to"]);
        var history = await Client.WorkerHistoryAsync(seed.Admin, workerId);
        Assert.Equal(["worker_registered", "worker_transferred", "worker_transferred"], history.Select(h => h!["action"]!.GetValue<string>()));
        Assert.Equal("转入顺达", history[2]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_transfer_to_the_same_or_an_unknown_branch_is_refused_and_writes_nothing()
    {
        var seed = await Seed.CreateAsync(Client, "W7");
        var workerId = await Client.RegisterWorkerOkAsync(seed.Admin, "周师傅", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);

        Assert.Equal(["VALIDATION"], (await TransferAsync(seed.Admin, workerId, seed.BranchA, "原地不动")).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await TransferAsync(seed.Admin, workerId, Guid.NewGuid(), "不存在的支部")).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await TransferAsync(seed.Admin, workerId, seed.BranchB, "")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await TransferAsync(seed.Admin, Guid.NewGuid(), seed.BranchB, "不存在的人")).ErrorCodes);
        Assert.Single(await Client.WorkerHistoryAsync(seed.Admin, workerId));
    }

    [Fact]
    public async Task An_update_appends_only_what_changed_and_repeating_it_appends_nothing()
    {
        var seed = await Seed.CreateAsync(Client, "W8");
        var workerId = await Client.RegisterWorkerOkAsync(seed.Admin, "吴师傅", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        const string update = """
            mutation($id: ID!, $c: ID) { organization { updateWorker(workerId: $id, name: "吴大师傅", sectors: [EXPRESS, FREIGHT], gridVolunteer: true, communityId: $c, reason: "信息更正") {
              name sectors gridVolunteer community { id } } } }
            """;

        var updated = (await Client.SendAsync(update, new { id = workerId, c = seed.Community }, seed.Admin)).Org()["updateWorker"]!;
        (await Client.SendAsync(update, new { id = workerId, c = seed.Community }, seed.Admin)).Ok();
        var ended = (await Client.SendAsync(
            "mutation($id: ID!) { organization { updateWorker(workerId: $id, gridVolunteer: false, reason: \"不再兼任网格员\") { gridVolunteer community { id } } } }",
            new { id = workerId }, seed.Admin)).Org()["updateWorker"]!;

        Assert.Equal("吴大师傅", updated["name"]!.GetValue<string>());
        Assert.Equal(seed.Community, updated["community"]!.Id());
        Assert.False(ended["gridVolunteer"]!.GetValue<bool>());
        Assert.Null(ended["community"]);
        var history = await Client.WorkerHistoryAsync(seed.Admin, workerId);
        Assert.Equal(["worker_registered", "worker_renamed", "worker_sectors_changed", "grid_volunteer_assigned", "grid_volunteer_ended"],
            history.Select(h => h!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Affiliations_are_added_and_ended_with_history_and_a_worker_keeps_at_least_one()
    {
        var seed = await Seed.CreateAsync(Client, "W9");
        var workerId = await Client.RegisterWorkerOkAsync(seed.Admin, "郑司机", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        const string add = "mutation($w: ID!, $e: ID!, $o: ID) { organization { addAffiliation(workerId: $w, enterpriseId: $e, outletId: $o, reason: \"兼职顺达\") { enterprises { id } } } }";
        const string end = "mutation($w: ID!, $e: ID!) { organization { endAffiliation(workerId: $w, enterpriseId: $e, reason: \"离职\") { enterprises { id } affiliations(includeEnded: true) { enterprise { id } until } } } }";

        var added = (await Client.SendAsync(add, new { w = workerId, e = seed.EnterpriseB, o = seed.OutletB }, seed.Admin)).Org()["addAffiliation"]!;
        Assert.Equal(["CONFLICT"], (await Client.SendAsync(add, new { w = workerId, e = seed.EnterpriseB, o = seed.OutletB }, seed.Admin)).ErrorCodes);
        Assert.Equal("outletId", (await Client.SendAsync(add, new { w = workerId, e = seed.EnterpriseB, o = seed.OutletA }, seed.Admin))
            .Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        var ended = (await Client.SendAsync(end, new { w = workerId, e = seed.EnterpriseA }, seed.Admin)).Org()["endAffiliation"]!;
        var last = await Client.SendAsync(end, new { w = workerId, e = seed.EnterpriseB }, seed.Admin);

        Assert.Equal(2, added["enterprises"]!.AsArray().Count);
        Assert.Equal(seed.EnterpriseB, ended["enterprises"]!.AsArray().Single()!.Id());
        Assert.NotNull(ended["affiliations"]!.AsArray().Single(a => a!["enterprise"]!.Id() == seed.EnterpriseA)!["until"]);
        Assert.Equal(["VALIDATION"], last.ErrorCodes);
        Assert.Equal(["worker_registered", "affiliation_added", "affiliation_ended"],
            (await Client.WorkerHistoryAsync(seed.Admin, workerId)).Select(h => h!["action"]!.GetValue<string>()));
    }

    private Task<GraphQLResponse> TransferAsync(string token, Guid workerId, Guid branchId, string reason) =>
        Client.SendAsync(
            "mutation($w: ID!, $b: ID!, $r: String!) { organization { transferWorker(workerId: $w, branchId: $b, reason: $r) { branch { id } branchHistory { branch { id name } from to reason } } } }",
            new { w = workerId, b = branchId, r = reason }, token);

    private async Task<int> WorkerCountAsync(string admin) =>
        (await Client.SendAsync("{ organization { workers { totalCount } } }", token: admin)).Org()["workers"]!["totalCount"]!.GetValue<int>();
}
