using Platform.Testing;

namespace Platform.Organization.Tests.Registry;

public sealed class RegistryTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Each_registry_entity_is_registered_and_read_back_with_who_when_and_why()
    {
        var seed = await Seed.CreateAsync(Client, "R1");
        var adminId = (await Client.SendAsync("{ access { me { id } } }", token: seed.Admin)).Ok()["access"]!["me"]!["id"]!.GetValue<string>();

        var branch = (await Client.SendAsync(
            """query($id: ID!) { organization { branch(id: $id) { name kind district { name } enterprise { name sectors outlets { name address district { name } } } history { action by reason at } } } }""",
            new { id = seed.BranchA }, seed.Admin)).Org()["branch"]!;

        Assert.Equal("蜂鸟支部R1", branch["name"]!.GetValue<string>());
        Assert.Equal("ENTERPRISE", branch["kind"]!.GetValue<string>());
        Assert.Equal("西湖街道R1", branch["district"]!["name"]!.GetValue<string>());
        Assert.Equal("蜂鸟配送R1", branch["enterprise"]!["name"]!.GetValue<string>());
        Assert.Equal(["FOOD_DELIVERY"], branch["enterprise"]!["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        var outlet = branch["enterprise"]!["outlets"]!.AsArray().Single()!;
        Assert.Equal("文三站R1", outlet["name"]!.GetValue<string>());
        Assert.Equal("西湖街道R1", outlet["district"]!["name"]!.GetValue<string>());
        var created = branch["history"]!.AsArray().Single()!;
        Assert.Equal("branch_registered", created["action"]!.GetValue<string>());
        Assert.Equal(adminId, created["by"]!.GetValue<string>());
        Assert.Equal("新支部", created["reason"]!.GetValue<string>());
        Assert.True(DateTimeOffset.Parse(created["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));

        var community = (await Client.SendAsync("query($id: ID!) { organization { community(id: $id) { name district { id } } } }",
            new { id = seed.Community }, seed.Admin)).Org()["community"]!;
        Assert.Equal(seed.District, community["district"]!.Id());
        var enterpriseHistory = (await Client.SendAsync("query($id: ID!) { organization { enterprise(id: $id) { history { action reason } } } }",
            new { id = seed.EnterpriseA }, seed.Admin)).Org()["enterprise"]!["history"]!.AsArray();
        Assert.Equal(["enterprise_registered", "outlet_added"], enterpriseHistory.Select(h => h!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_valid_credit_code_is_accepted_in_any_case_and_a_second_use_of_it_is_a_conflict()
    {
        var admin = await Client.SignInAsAdminAsync();
        var first = await Client.SendAsync(OrganizationCalls.CreateEnterprise,
            new { n = "闽运物流", c = "91350100m000100y43", s = new[] { "FREIGHT" }, r = "入驻平台" }, admin);
        Assert.Equal("91350100M000100Y43", first.Org()["createEnterprise"]!["creditCode"]!.GetValue<string>());

        var second = await Client.SendAsync(OrganizationCalls.CreateEnterprise,
            new { n = "另一家", c = "91350100M000100Y43", s = new[] { "FREIGHT" }, r = "入驻平台" }, admin);
        Assert.Equal(["CONFLICT"], second.ErrorCodes);
    }

    public static TheoryData<string, string, string[], string, string> BadEnterprises => new()
    {
        { "闽运物流", "91350100M000100Y44", ["FREIGHT"], "入驻平台", "creditCode" },
        { "闽运物流", "91350100M000100Y4", ["FREIGHT"], "入驻平台", "creditCode" },
        { "闽运物流", "91350100MI00100Y43", ["FREIGHT"], "入驻平台", "creditCode" },
        { " ", "91350100M000100Y43", ["FREIGHT"], "入驻平台", "name" },
        { "闽运物流", "91350100M000100Y43", [], "入驻平台", "sectors" },
        { "闽运物流", "91350100M000100Y43", ["FREIGHT"], "x", "reason" },
    };

    [Theory]
    [MemberData(nameof(BadEnterprises))]
    public async Task An_enterprise_with_bad_input_is_refused_with_the_field_and_nothing_is_created(
        string name, string code, string[] sectors, string reason, string field)
    {
        var admin = await Client.SignInAsAdminAsync();
        var before = await EnterpriseCountAsync(admin);
        var response = await Client.SendAsync(OrganizationCalls.CreateEnterprise, new { n = name, c = code, s = sectors, r = reason }, admin);
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(before, await EnterpriseCountAsync(admin));
    }

    [Fact]
    public async Task A_branch_names_its_enterprise_exactly_when_it_is_built_in_one()
    {
        var seed = await Seed.CreateAsync(Client, "R2");
        const string create = "mutation($k: BranchKind!, $d: ID!, $e: ID) { organization { createBranch(name: \"某支部R2\", kind: $k, districtId: $d, enterpriseId: $e, reason: \"新支部\") { id } } }";

        var noEnterprise = await Client.SendAsync(create, new { k = "ENTERPRISE", d = seed.District, e = (Guid?)null }, seed.Admin);
        var areaWithEnterprise = await Client.SendAsync(create, new { k = "AREA", d = seed.District, e = seed.EnterpriseA }, seed.Admin);
        var unknownDistrict = await Client.SendAsync(create, new { k = "AREA", d = Guid.NewGuid(), e = (Guid?)null }, seed.Admin);
        var malformedId = await Client.SendAsync(create, new { k = "AREA", d = "not-an-id", e = (Guid?)null }, seed.Admin);
        var sameName = await Client.SendAsync(
            "mutation($d: ID!) { organization { createBranch(name: \"西湖区域支部R2\", kind: AREA, districtId: $d, reason: \"重复\") { id } } }",
            new { d = seed.District }, seed.Admin);

        Assert.Equal("enterpriseId", Field(noEnterprise));
        Assert.Equal("enterpriseId", Field(areaWithEnterprise));
        Assert.Equal("districtId", Field(unknownDistrict));
        Assert.Equal("districtId", Field(malformedId));
        Assert.Equal(["CONFLICT"], sameName.ErrorCodes);
        var branches = (await Client.SendAsync("query($d: ID!) { organization { branches(districtId: $d) { totalCount } } }",
            new { d = seed.District }, seed.Admin)).Org()["branches"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(3, branches);
    }

    [Fact]
    public async Task Outlets_are_unique_per_enterprise_and_need_a_known_district()
    {
        var seed = await Seed.CreateAsync(Client, "R3");
        const string add = "mutation($e: ID!, $n: String!, $d: ID!) { organization { addOutlet(enterpriseId: $e, name: $n, districtId: $d, address: \"某路\", reason: \"新站点\") { id } } }";
        Assert.Equal(["CONFLICT"], (await Client.SendAsync(add, new { e = seed.EnterpriseA, n = "文三站R3", d = seed.District }, seed.Admin)).ErrorCodes);
        Assert.Equal("districtId", Field(await Client.SendAsync(add, new { e = seed.EnterpriseA, n = "新站", d = Guid.NewGuid() }, seed.Admin)));
        Assert.Equal(["NOT_FOUND"], (await Client.SendAsync(add, new { e = Guid.NewGuid(), n = "新站", d = seed.District }, seed.Admin)).ErrorCodes);
    }

    [Fact]
    public async Task Only_the_programme_office_creates_districts_enterprises_and_branches()
    {
        var seed = await Seed.CreateAsync(Client, "R4");
        var secretary = await Client.UserWithRoleAsync(seed.Admin, "SECRETARY", seed.BranchA);
        var enterpriseAdmin = await Client.UserWithRoleAsync(seed.Admin, "ENTERPRISE_ADMIN", seed.EnterpriseA);

        var district = await Client.SendAsync("mutation { organization { createDistrict(name: \"越权镇\", reason: \"试试\") { id } } }", token: secretary);
        var enterprise = await Client.SendAsync(OrganizationCalls.CreateEnterprise,
            new { n = "越权企业", c = OrganizationCalls.NewCreditCode(), s = new[] { "EXPRESS" }, r = "试试" }, enterpriseAdmin);
        var outletElsewhere = await Client.SendAsync(
            "mutation($e: ID!, $d: ID!) { organization { addOutlet(enterpriseId: $e, name: \"越权站\", districtId: $d, address: \"某路\", reason: \"试试\") { id } } }",
            new { e = seed.EnterpriseB, d = seed.District }, enterpriseAdmin);
        var ownOutlet = await Client.SendAsync(
            "mutation($e: ID!, $d: ID!) { organization { addOutlet(enterpriseId: $e, name: \"自家新站\", districtId: $d, address: \"某路\", reason: \"扩张\") { outlets { name } } } }",
            new { e = seed.EnterpriseA, d = seed.District }, enterpriseAdmin);

        Assert.Equal(["FORBIDDEN"], district.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], enterprise.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], outletElsewhere.ErrorCodes);
        Assert.Equal(2, ownOutlet.Org()["addOutlet"]!["outlets"]!.AsArray().Count);
        Assert.Single((await Client.SendAsync("query($id: ID!) { organization { enterprise(id: $id) { outlets { id } } } }",
            new { id = seed.EnterpriseB }, seed.Admin)).Org()["enterprise"]!["outlets"]!.AsArray());
    }

    [Fact]
    public async Task Anyone_signed_in_lists_the_registry_but_only_admins_of_an_enterprise_see_its_outlets()
    {
        var seed = await Seed.CreateAsync(Client, "R5");
        var verifier = await Client.UserWithRoleAsync(seed.Admin, "VERIFIER", seed.Community);

        var lists = (await Client.SendAsync(
            "{ organization { districts { items { name } } communities { items { name } } branches { items { name } } enterprises { items { name creditCode } } } }",
            token: verifier)).Org();
        Assert.Contains(lists["branches"]!["items"]!.AsArray(), b => b!["name"]!.GetValue<string>() == "蜂鸟支部R5");
        Assert.Contains(lists["enterprises"]!["items"]!.AsArray(), e => e!["name"]!.GetValue<string>() == "蜂鸟配送R5");

        var filtered = (await Client.SendAsync(
            "query($d: ID!, $e: ID!) { organization { communities(districtId: $d) { totalCount } byKind: branches(kind: AREA, search: \"R5\") { items { name } } byEnterprise: branches(enterpriseId: $e) { items { name } } } }",
            new { d = seed.District, e = seed.EnterpriseB }, verifier)).Org();
        Assert.Equal(1, filtered["communities"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["西湖区域支部R5"], filtered["byKind"]!["items"]!.AsArray().Select(b => b!["name"]!.GetValue<string>()));
        Assert.Equal(["顺达支部R5"], filtered["byEnterprise"]!["items"]!.AsArray().Select(b => b!["name"]!.GetValue<string>()));

        var outlets = await Client.SendAsync("query($id: ID!) { organization { enterprise(id: $id) { name outlets { name } } } }",
            new { id = seed.EnterpriseA }, verifier);
        Assert.Equal(["FORBIDDEN"], outlets.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SendAsync("{ organization { districts { totalCount } } }")).ErrorCodes);
    }

    [Fact]
    public async Task Enterprises_are_listed_by_name_a_page_at_a_time_and_filtered_by_sector_and_search()
    {
        var admin = await Client.SignInAsAdminAsync();
        for (var i = 0; i < 5; i++) await Client.CreateEnterpriseAsync(admin, $"网约车企业P{i}", "RIDE_HAILING");
        await Client.CreateEnterpriseAsync(admin, "货运企业P", "FREIGHT");

        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await Client.SendAsync(
                "query($after: String) { organization { enterprises(first: 2, after: $after, sector: RIDE_HAILING, search: \"企业P\") { items { name } totalCount nextCursor } } }",
                new { after = cursor }, admin)).Org()["enterprises"]!;
            Assert.Equal(5, page["totalCount"]!.GetValue<int>());
            names.AddRange(page["items"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"网约车企业P{i}"), names);
        var tooMany = await Client.SendAsync("{ organization { enterprises(first: 101) { totalCount } } }", token: admin);
        Assert.Equal(["VALIDATION"], tooMany.ErrorCodes);
        var badCursor = await Client.SendAsync("{ organization { enterprises(after: \"bm9wZQ==\") { totalCount } } }", token: admin);
        Assert.Equal(["VALIDATION"], badCursor.ErrorCodes);
    }

    private async Task<int> EnterpriseCountAsync(string admin) =>
        (await Client.SendAsync("{ organization { enterprises { totalCount } } }", token: admin)).Org()["enterprises"]!["totalCount"]!.GetValue<int>();

    private static string Field(GraphQLResponse response)
    {
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        return response.Errors![0]!["extensions"]!["field"]!.GetValue<string>();
    }
}
