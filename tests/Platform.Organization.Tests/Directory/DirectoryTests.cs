using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;
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
        Assert.Equal(new BranchSummary(seed.BranchA, "蜂鸟支部D1", BranchKind.Enterprise, seed.District, seed.EnterpriseA),
            await directory.FindBranchAsync(seed.BranchA, CancellationToken.None));

        Assert.Equal([other], (await roster.WorkersOfBranchAsync(seed.AreaBranch, CancellationToken.None)).Select(w => w.WorkerId));
        Assert.Equal([volunteer], (await roster.WorkersOfEnterpriseAsync(seed.EnterpriseA, CancellationToken.None)).Select(w => w.WorkerId));
        Assert.Equal([volunteer], (await roster.GridVolunteersOfCommunityAsync(seed.Community, CancellationToken.None)).Select(w => w.WorkerId));
        Assert.Equal("顺达快递D1", (await roster.FindEnterpriseAsync(seed.EnterpriseB, CancellationToken.None))!.Name);
        Assert.Equal(seed.District, (await roster.FindCommunityAsync(seed.Community, CancellationToken.None))!.DistrictId);
    }
}
