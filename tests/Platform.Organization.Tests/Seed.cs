using Platform.Testing;

namespace Platform.Organization.Tests;

/// <summary>A small registry most tests start from: one district with a community, two enterprises with an outlet each, three branches.</summary>
public sealed record Seed(
    string Admin, Guid District, Guid Community, Guid EnterpriseA, Guid OutletA, Guid EnterpriseB, Guid OutletB,
    Guid BranchA, Guid BranchB, Guid AreaBranch, string Tag)
{
    /// <param name="tag">Makes names unique within the test class's database.</param>
    public static async Task<Seed> CreateAsync(GraphQLClient client, string tag)
    {
        var admin = await client.SignInAsAdminAsync();
        var district = await client.CreateDistrictAsync(admin, $"西湖街道{tag}");
        var community = await client.CreateCommunityAsync(admin, $"文新社区{tag}", district);
        var enterpriseA = await client.CreateEnterpriseAsync(admin, $"蜂鸟配送{tag}", "FOOD_DELIVERY");
        var outletA = await client.AddOutletAsync(admin, enterpriseA, $"文三站{tag}", district);
        var enterpriseB = await client.CreateEnterpriseAsync(admin, $"顺达快递{tag}", "EXPRESS");
        var outletB = await client.AddOutletAsync(admin, enterpriseB, $"古荡站{tag}", district);
        var branchA = await client.CreateBranchAsync(admin, $"蜂鸟支部{tag}", "ENTERPRISE", district, enterpriseA);
        var branchB = await client.CreateBranchAsync(admin, $"顺达支部{tag}", "ENTERPRISE", district, enterpriseB);
        var area = await client.CreateBranchAsync(admin, $"西湖区域支部{tag}", "AREA", district);
        return new Seed(admin, district, community, enterpriseA, outletA, enterpriseB, outletB, branchA, branchB, area, tag);
    }
}
