using Platform.Testing;

namespace Platform.Organization.Tests.Workers;

public sealed class WorkerQueryTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Workers_are_listed_by_name_a_page_at_a_time_and_filtered_every_documented_way()
    {
        var seed = await Seed.CreateAsync(Client, "Q1");
        var otherDistrict = await Client.CreateDistrictAsync(seed.Admin, "留下街道Q1");
        var otherBranch = await Client.CreateBranchAsync(seed.Admin, "留下区域支部Q1", "AREA", otherDistrict);
        var phones = Enumerable.Range(0, 6).Select(_ => OrganizationCalls.NewPhone()).ToList();
        await Client.RegisterWorkerOkAsync(seed.Admin, "甲一", phones[0], seed.EnterpriseA, seed.BranchA);
        await Client.RegisterWorkerOkAsync(seed.Admin, "甲二", phones[1], seed.EnterpriseA, seed.BranchA, gridVolunteer: true, communityId: seed.Community);
        await Client.RegisterWorkerOkAsync(seed.Admin, "乙一", phones[2], seed.EnterpriseB, seed.BranchB);
        await Client.RegisterWorkerOkAsync(seed.Admin, "乙二", phones[3], seed.EnterpriseB, otherBranch);
        (await Client.RegisterWorkerAsync(seed.Admin, "丙一", phones[4], seed.EnterpriseB, seed.AreaBranch, sectors: ["RIDE_HAILING"])).Ok();
        await Client.RegisterWorkerOkAsync(seed.Admin, "丙二", phones[5], seed.EnterpriseA, seed.AreaBranch);

        Assert.Equal(["甲一", "甲二"], await NamesAsync(seed.Admin, $"branchId: \"{seed.BranchA}\""));
        Assert.Equal(["丙一", "乙一", "乙二"], (await NamesAsync(seed.Admin, $"enterpriseId: \"{seed.EnterpriseB}\"")).Order());
        Assert.Equal(["丙一"], await NamesAsync(seed.Admin, "sector: RIDE_HAILING"));
        Assert.Equal(["乙二"], await NamesAsync(seed.Admin, $"districtId: \"{otherDistrict}\""));
        Assert.Equal(["甲二"], await NamesAsync(seed.Admin, "gridVolunteer: true"));
        Assert.Equal(["甲二"], await NamesAsync(seed.Admin, $"communityId: \"{seed.Community}\""));
        Assert.Equal(["丙一", "丙二"], (await NamesAsync(seed.Admin, "search: \"丙\"")).Order());
        Assert.Equal(["乙一"], await NamesAsync(seed.Admin, $"search: \"{phones[2]}\""));
        Assert.Equal(["丙二"], await NamesAsync(seed.Admin, $"enterpriseId: \"{seed.EnterpriseA}\", branchId: \"{seed.AreaBranch}\""));

        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await Client.SendAsync(
                "query($after: String) { organization { workers(first: 4, after: $after) { items { name branch { name } enterprises { name } } totalCount nextCursor } } }",
                new { after = cursor }, seed.Admin)).Org()["workers"]!;
            Assert.Equal(6, page["totalCount"]!.GetValue<int>());
            paged.AddRange(page["items"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        Assert.Equal(6, paged.Distinct().Count());
    }

    [Fact]
    public async Task A_page_of_fifty_workers_with_their_branches_and_affiliations_stays_within_the_complexity_limit()
    {
        var seed = await Seed.CreateAsync(Client, "Q2");
        await Client.RegisterWorkerOkAsync(seed.Admin, "满页", OrganizationCalls.NewPhone(), seed.EnterpriseA, seed.BranchA, gridVolunteer: true, communityId: seed.Community);
        var page = (await Client.SendAsync($$"""
            { organization { workers(first: 50, branchId: "{{seed.BranchA}}") { items { id name phone sectors gridVolunteer community { name } branch { name kind district { name } }
                enterprises { name } affiliations { enterprise { name } outlet { name } since until } branchHistory { branch { name } from to } } } } }
            """, token: seed.Admin)).Org()["workers"]!;
        Assert.Single(page["items"]!.AsArray());
    }

    private async Task<IReadOnlyList<string>> NamesAsync(string token, string arguments)
    {
        var response = await Client.SendAsync($"{{ organization {{ workers({arguments}) {{ items {{ name }} totalCount }} }} }}", token: token);
        var page = response.Org()["workers"]!;
        var names = page["items"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Count, page["totalCount"]!.GetValue<int>());
        return names;
    }
}
