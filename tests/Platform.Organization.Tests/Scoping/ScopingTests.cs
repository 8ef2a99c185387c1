using Platform.Testing;

namespace Platform.Organization.Tests.Scoping;

/// <summary>Who sees and changes which workers, enforced by the server whatever the caller asks for.</summary>
public sealed class ScopingTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string ListWorkers = "{ organization { workers(first: 100) { items { id name phone } totalCount } } }";

    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task An_enterprise_admin_sees_and_changes_only_its_workers_and_is_forbidden_the_others_which_stay_unchanged()
    {
        var seed = await Seed.CreateAsync(Client, "S1");
        var mine = await Client.RegisterWorkerOkAsync(seed.Admin, "蜂鸟一号", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        var theirs = await Client.RegisterWorkerOkAsync(seed.Admin, "顺达一号", OrganizationCalls.NewPhone(), seed.EnterpriseB, seed.BranchB);
        var admin = await Client.UserWithRoleAsync(seed.Admin, "ENTERPRISE_ADMIN", seed.EnterpriseA);

        var listed = (await Client.SendAsync(ListWorkers, token: admin)).Org()["workers"]!;
        Assert.Equal([mine], listed["items"]!.AsArray().Select(w => w!.Id()));
        Assert.Equal(1, listed["totalCount"]!.GetValue<int>());
        Assert.Empty((await Client.SendAsync($"{{ organization {{ workers(enterpriseId: \"{seed.EnterpriseB}\") {{ items {{ id }} }} }} }}", token: admin))
            .Org()["workers"]!["items"]!.AsArray());

        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { name } } }", new { id = theirs }, admin)).ErrorCodes);
        var update = await Client.SendAsync("mutation($id: ID!) { organization { updateWorker(workerId: $id, name: \"改名\", reason: \"越权\") { name } } }", new { id = theirs }, admin);
        var transfer = await Client.TransferWorkerAsync(admin, theirs, seed.BranchA, "越权");
        var register = await Client.RegisterWorkerAsync(admin, "冒名", OrganizationCalls.NewPhone(), seed.EnterpriseB, seed.BranchB);
        Assert.Equal(["FORBIDDEN"], update.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], transfer.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], register.ErrorCodes);
        Assert.Single(await Client.WorkerHistoryAsync(seed.Admin, theirs));

        var renamed = await Client.SendAsync("mutation($id: ID!) { organization { updateWorker(workerId: $id, name: \"蜂鸟壹号\", reason: \"更正\") { name } } }", new { id = mine }, admin);
        Assert.Equal("蜂鸟壹号", renamed.Org()["updateWorker"]!["name"]!.GetValue<string>());
        (await Client.RegisterWorkerAsync(admin, "蜂鸟二号", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.AreaBranch)).Ok();
    }

    [Fact]
    public async Task An_enterprise_admin_sees_only_its_own_affiliation_of_a_worker_who_also_works_elsewhere()
    {
        var seed = await Seed.CreateAsync(Client, "S2");
        var shared = await Client.RegisterWorkerOkAsync(seed.Admin, "两家跑", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        (await Client.SendAsync("mutation($w: ID!, $e: ID!) { organization { addAffiliation(workerId: $w, enterpriseId: $e, reason: \"兼职\") { id } } }",
            new { w = shared, e = seed.EnterpriseB }, seed.Admin)).Ok();
        var adminB = await Client.UserWithRoleAsync(seed.Admin, "ENTERPRISE_ADMIN", seed.EnterpriseB);

        var worker = (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { enterprises { id } affiliations { enterprise { id } } } } }",
            new { id = shared }, adminB)).Org()["worker"]!;
        Assert.Equal([seed.EnterpriseB], worker["enterprises"]!.AsArray().Select(e => e!.Id()));
        Assert.Equal([seed.EnterpriseB], worker["affiliations"]!.AsArray().Select(a => a!["enterprise"]!.Id()));
    }

    [Fact]
    public async Task A_secretary_sees_only_the_workers_of_the_branch_and_changes_none()
    {
        var seed = await Seed.CreateAsync(Client, "S3");
        var inBranch = await Client.RegisterWorkerOkAsync(seed.Admin, "支部成员", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.AreaBranch);
        var elsewhere = await Client.RegisterWorkerOkAsync(seed.Admin, "别处成员", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        var secretary = await Client.UserWithRoleAsync(seed.Admin, "SECRETARY", seed.AreaBranch);

        Assert.Equal([inBranch], (await Client.SendAsync(ListWorkers, token: secretary)).Org()["workers"]!["items"]!.AsArray().Select(w => w!.Id()));
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { name } } }", new { id = elsewhere }, secretary)).ErrorCodes);
        var transfer = await Client.TransferWorkerAsync(secretary, inBranch, seed.BranchB, "书记调动");
        Assert.Equal(["FORBIDDEN"], transfer.ErrorCodes);
    }

    [Fact]
    public async Task A_verifier_sees_only_the_grid_volunteers_of_the_community()
    {
        var seed = await Seed.CreateAsync(Client, "S4");
        var volunteer = await Client.RegisterWorkerOkAsync(seed.Admin, "网格员", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA, gridVolunteer: true, communityId: seed.Community);
        await Client.RegisterWorkerOkAsync(seed.Admin, "非网格员", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        var verifier = await Client.UserWithRoleAsync(seed.Admin, "VERIFIER", seed.Community);

        Assert.Equal([volunteer], (await Client.SendAsync(ListWorkers, token: verifier)).Org()["workers"]!["items"]!.AsArray().Select(w => w!.Id()));
    }

    [Fact]
    public async Task A_worker_sees_only_their_own_record()
    {
        var seed = await Seed.CreateAsync(Client, "S5");
        var self = await Client.RegisterWorkerOkAsync(seed.Admin, "本人", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        var other = await Client.RegisterWorkerOkAsync(seed.Admin, "同事", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        var worker = await Client.UserWithRoleAsync(seed.Admin, "WORKER", self, "本人");

        Assert.Equal(self, (await Client.SendAsync("{ organization { me { id phone } } }", token: worker)).Org()["me"]!.Id());
        Assert.Equal(self, (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { id } } }", new { id = self }, worker)).Org()["worker"]!.Id());
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { name } } }", new { id = other }, worker)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(ListWorkers, token: worker)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { history { action } } } }", new { id = self }, worker)).ErrorCodes);
    }
}
