using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;
using Platform.Organization.Directory;
using Platform.Testing;

namespace Platform.Organization.Tests.Directory;

/// <summary>What the Points module reads through the Contracts.</summary>
public sealed class DirectoryTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task Other_modules_find_workers_with_their_district_and_the_members_of_a_branch_enterprise_and_community()
    {
        var client = platform.Client;
        var seed = await Seed.CreateAsync(client, "D1");
        var volunteer = await client.RegisterWorkerOkAsync(seed.Admin, "网格员", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA, gridVolunteer: true, communityId: seed.Community);
        var other = await client.RegisterWorkerOkAsync(seed.Admin, "快递员", OrganizationCalls.NewPhone(), seed.EnterpriseB, seed.AreaBranch);

        await using var scope = platform.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var roster = scope.ServiceProvider.GetRequiredService<IOrganizationRoster>();

        var found = await directory.FindWorkerAsync(volunteer, CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal((seed.BranchA, seed.District, true, seed.Community), (found.BranchId, found.DistrictId, found.GridVolunteer, found.CommunityId));
        Assert.Equal([seed.EnterpriseA], found.EnterpriseIds);
        Assert.Equal([Sector.FoodDelivery], found.Sectors);
        Assert.Null(await directory.FindWorkerAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Equal(2, (await directory.FindWorkersAsync([volunteer, other, Guid.NewGuid()], CancellationToken.None)).Count);
        var branch = await directory.FindBranchAsync(seed.BranchA, CancellationToken.None);
        Assert.Equal(new BranchSummary(seed.BranchA, "蜂鸟支部D1", BranchKind.Enterprise, seed.District, seed.EnterpriseA, branch!.RegisteredAt), branch);

        Assert.Equal([other], (await roster.WorkersOfBranchAsync(seed.AreaBranch, CancellationToken.None)).Select(w => w.WorkerId));
        Assert.Equal([volunteer], (await roster.WorkersOfEnterpriseAsync(seed.EnterpriseA, CancellationToken.None)).Select(w => w.WorkerId));
        Assert.Equal([volunteer], (await roster.GridVolunteersOfCommunityAsync(seed.Community, CancellationToken.None)).Select(w => w.WorkerId));
        Assert.Equal("顺达快递D1", (await roster.FindEnterpriseAsync(seed.EnterpriseB, CancellationToken.None))!.Name);
        var delivery = (await roster.EnterprisesOfSectorAsync(Sector.FoodDelivery, CancellationToken.None)).Select(e => e.EnterpriseId).ToList();
        Assert.Contains(seed.EnterpriseA, delivery);
        Assert.DoesNotContain(seed.EnterpriseB, delivery);
        Assert.Equal(seed.District, (await roster.FindCommunityAsync(seed.Community, CancellationToken.None))!.DistrictId);
    }

    [Fact]
    public async Task A_worker_summary_names_its_own_branch_district_when_the_district_is_remembered()
    {
        var here = await Seed.CreateAsync(platform.Client, "D3");
        var there = await Seed.CreateAsync(platform.Client, "D4");
        var a = await platform.Client.RegisterWorkerOkAsync(here.Admin, "骑手甲", OrganizationCalls.NewPhone(), here.EnterpriseA, here.BranchA);
        var b = await platform.Client.RegisterWorkerOkAsync(there.Admin, "骑手乙", OrganizationCalls.NewPhone(), there.EnterpriseA, there.BranchA);

        // Branch districts are remembered by the process (BranchDistricts): the second lookup, in a
        // scope of its own, must give each worker the same district as the first.
        for (var lookup = 0; lookup < 2; lookup++)
        {
            await using var scope = platform.Services.CreateAsyncScope();
            var found = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindWorkersAsync([a, b], CancellationToken.None))
                .ToDictionary(w => w.WorkerId, w => w.DistrictId);
            Assert.Equal(here.District, found[a]);
            Assert.Equal(there.District, found[b]);
        }
    }

    [Fact]
    public async Task Reads_asked_at_once_each_get_their_own_workers_and_each_sees_a_transfer_made_before_it_was_asked()
    {
        var seed = await Seed.CreateAsync(platform.Client, "D5");
        var workers = new List<Guid>();
        foreach (var name in new[] { "骑手甲", "骑手乙", "骑手丙", "骑手丁", "骑手戊", "骑手己" })
            workers.Add(await platform.Client.RegisterWorkerOkAsync(seed.Admin, name, OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA));

        // Many callers at once, each asking for its own worker and one nobody has: the reads are gathered, the answers are not mixed.
        var asked = Enumerable.Range(0, 60).Select(i => (Worker: workers[i % workers.Count], Unknown: Guid.NewGuid())).ToList();
        var answers = await Task.WhenAll(asked.Select(async a =>
        {
            await using var scope = platform.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindWorkersAsync([a.Worker, a.Unknown], CancellationToken.None);
        }));
        Assert.All(asked.Zip(answers), x => Assert.Equal([x.First.Worker], x.Second.Select(w => w.WorkerId)));

        (await platform.Client.TransferWorkerAsync(seed.Admin, workers[0], seed.AreaBranch, "调往片区支部")).Ok();
        await using var after = platform.Services.CreateAsyncScope();
        Assert.Equal(seed.AreaBranch, (await after.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindWorkerAsync(workers[0], CancellationToken.None))!.BranchId);
    }

    [Fact]
    public async Task A_remembered_worker_is_read_again_once_it_changes_and_a_full_memory_loses_no_answer()
    {
        var seed = await Seed.CreateAsync(platform.Client, "D6");
        var workers = new List<Guid>();
        foreach (var name in new[] { "骑手甲", "骑手乙", "骑手丙" })
            workers.Add(await platform.Client.RegisterWorkerOkAsync(seed.Admin, name, OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA));
        // Room for two of the three: every round forgets some and remembers others.
        await using var reads = new WorkerReads(platform.Services.GetRequiredService<IDocumentStore>(), remembered: 2);
        for (var round = 0; round < 3; round++)
            Assert.Equal(workers.Order(), (await reads.ReadAsync(workers, CancellationToken.None)).Keys.Order());
        // Fewer than ten ids go padded with repeats of the first: an unknown first id finds nothing, and no worker twice.
        Assert.Equal(workers.Order(), (await reads.ReadAsync([Guid.NewGuid(), .. workers], CancellationToken.None)).Keys.Order());

        foreach (var branch in new[] { seed.AreaBranch, seed.BranchA })
        {
            (await platform.Client.TransferWorkerAsync(seed.Admin, workers[0], branch, "调动")).Ok();
            var read = await reads.ReadAsync(workers, CancellationToken.None);
            Assert.Equal(branch, read[workers[0]].BranchId);
            Assert.Equal(seed.BranchA, read[workers[1]].BranchId);
        }
    }

    [Fact]
    public async Task Other_modules_find_districts_outlets_branches_of_districts_and_when_each_was_registered()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var seed = await Seed.CreateAsync(platform.Client, "D2");
        var worker = await platform.Client.RegisterWorkerOkAsync(seed.Admin, "骑手", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA);
        var after = DateTimeOffset.UtcNow.AddSeconds(5);

        await using var scope = platform.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var roster = scope.ServiceProvider.GetRequiredService<IOrganizationRoster>();

        var district = await directory.FindDistrictAsync(seed.District, CancellationToken.None);
        Assert.Equal("西湖街道D2", district!.Name);
        Assert.InRange(district.RegisteredAt, before, after);
        Assert.Null(await directory.FindDistrictAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Equal(new OutletSummary(seed.OutletB, seed.EnterpriseB, "古荡站D2", seed.District), await directory.FindOutletAsync(seed.OutletB, CancellationToken.None));
        Assert.Null(await directory.FindOutletAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Equal(new[] { seed.AreaBranch, seed.BranchA, seed.BranchB }.Order(),
            (await roster.BranchesOfDistrictsAsync([seed.District, Guid.NewGuid()], CancellationToken.None)).Select(b => b.BranchId).Order());
        var all = (await roster.AllBranchesAsync(CancellationToken.None)).Select(b => b.BranchId).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Subset(all.ToHashSet(), new[] { seed.AreaBranch, seed.BranchA, seed.BranchB }.ToHashSet());
        Assert.InRange((await directory.FindWorkerAsync(worker, CancellationToken.None))!.RegisteredAt, before, after);
        Assert.InRange((await roster.FindEnterpriseAsync(seed.EnterpriseA, CancellationToken.None))!.RegisteredAt, before, after);
    }
}
