using Platform.Testing;
using Platform.Organization.Tests.Roster;

namespace Platform.Organization.Tests.Registry;

/// <summary>A platform with a seeded registry and two workers, shared by the cases of <see cref="BadInputTests"/>.</summary>
public sealed class SeededPlatform : IAsyncLifetime
{
    public TestPlatform Platform { get; } = new();

    public Seed Seed { get; private set; } = null!;

    public Guid Worker { get; private set; }

    public string OtherPhone { get; } = OrganizationCalls.NewPhone();

    public async Task InitializeAsync()
    {
        await Platform.InitializeAsync();
        Seed = await Seed.CreateAsync(Platform.Client, "B");
        Worker = await Platform.Client.RegisterWorkerOkAsync(Seed.Admin, "王小明", OrganizationCalls.NewPhone(), Seed.EnterpriseA, Seed.BranchA);
        await Platform.Client.RegisterWorkerOkAsync(Seed.Admin, "李小红", OtherPhone, Seed.EnterpriseA, Seed.BranchA);
    }

    public Task DisposeAsync() => Platform.DisposeAsync();
}

/// <summary>Every mutation refuses bad input with a code (and the field, for VALIDATION) and appends no event.</summary>
public sealed class BadInputTests(SeededPlatform fixture) : IClassFixture<SeededPlatform>
{
    public static TheoryData<string, string, string?> Calls => new()
    {
        { """createDistrict(name: "", reason: "新镇街") { id }""", "VALIDATION", "name" },
        { """createDistrict(name: "西湖街道B", reason: "重复") { id }""", "CONFLICT", null },
        { """createCommunity(name: "某社区", districtId: "{Guid}", reason: "新社区") { id }""", "VALIDATION", "districtId" },
        { """createCommunity(name: "文新社区B", districtId: "{District}", reason: "重复") { id }""", "CONFLICT", null },
        { """createEnterprise(name: "某企业", creditCode: "91350100M000100Y4X", sectors: [EXPRESS], reason: "入驻") { id }""", "VALIDATION", "creditCode" },
        { """addOutlet(enterpriseId: "{EnterpriseA}", name: "站", districtId: "{District}", address: "", reason: "新站点") { id }""", "VALIDATION", "address" },
        { """createBranch(name: "某支部", kind: AREA, districtId: "nonsense", reason: "新支部") { id }""", "VALIDATION", "districtId" },
        { """updateWorker(workerId: "{Worker}", phone: "110", reason: "改号") { id }""", "VALIDATION", "phone" },
        { """updateWorker(workerId: "{Worker}", phone: "{OtherPhone}", reason: "改号") { id }""", "CONFLICT", null },
        { """updateWorker(workerId: "{Worker}", sectors: [], reason: "清空") { id }""", "VALIDATION", "sectors" },
        { """updateWorker(workerId: "{Worker}", communityId: "{Community}", reason: "未设网格员") { id }""", "VALIDATION", "communityId" },
        { """updateWorker(workerId: "{Worker}", name: "王小明", reason: "") { id }""", "VALIDATION", "reason" },
        { """updateWorker(workerId: "{Guid}", name: "王小明", reason: "无此人") { id }""", "NOT_FOUND", null },
        { """transferWorker(workerId: "{Worker}", branchId: "{Guid}", reason: "转支部") { id }""", "VALIDATION", "branchId" },
        { """addAffiliation(workerId: "{Worker}", enterpriseId: "{Guid}", reason: "兼职") { id }""", "VALIDATION", "enterpriseId" },
        { """addAffiliation(workerId: "{Worker}", enterpriseId: "{EnterpriseA}", reason: "重复") { id }""", "CONFLICT", null },
        { """endAffiliation(workerId: "{Worker}", enterpriseId: "{EnterpriseB}", reason: "离职") { id }""", "NOT_FOUND", null },
        { """endAffiliation(workerId: "{Worker}", enterpriseId: "{EnterpriseA}", reason: "离职") { id }""", "VALIDATION", "enterpriseId" },
        { """importRoster(enterpriseId: "{EnterpriseA}", csv: "phone,name", reason: "花名册") { accepted }""", "VALIDATION", "csv" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Bad_input_is_refused_with_a_code_and_the_field_and_appends_nothing(string call, string code, string? field)
    {
        var seed = fixture.Seed;
        var admin = await fixture.Platform.Client.SignInAsAdminAsync();
        var events = await fixture.Platform.EventCountAsync();
        var text = call.Replace("{Guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{District}", seed.District.ToString(), StringComparison.Ordinal)
            .Replace("{Community}", seed.Community.ToString(), StringComparison.Ordinal)
            .Replace("{EnterpriseA}", seed.EnterpriseA.ToString(), StringComparison.Ordinal)
            .Replace("{EnterpriseB}", seed.EnterpriseB.ToString(), StringComparison.Ordinal)
            .Replace("{Worker}", fixture.Worker.ToString(), StringComparison.Ordinal)
            .Replace("{OtherPhone}", fixture.OtherPhone, StringComparison.Ordinal);

        var response = await fixture.Platform.Client.SendAsync($"mutation {{ organization {{ {text} }} }}", token: admin);

        Assert.Equal([code], response.ErrorCodes);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors![0]!["message"]!.GetValue<string>()));
        if (field is not null) Assert.Equal(field, response.Errors[0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(events, await fixture.Platform.EventCountAsync());
    }
}
