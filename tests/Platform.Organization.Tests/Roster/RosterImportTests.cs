using System.Diagnostics;
using System.Text;
using Platform.Testing;

namespace Platform.Organization.Tests.Roster;

public sealed class RosterImportTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_roster_with_chinese_names_is_accepted_updated_unchanged_or_rejected_row_by_row_and_a_reupload_changes_nothing()
    {
        var seed = await Seed.CreateAsync(Client, "I1");
        var moving = OrganizationCalls.NewPhone();
        var same = OrganizationCalls.NewPhone();
        var movingId = await Client.RegisterWorkerOkAsync(seed.Admin, "陈搬家", moving, seed.EnterpriseA, seed.BranchA);
        var sameId = await Client.RegisterWorkerOkAsync(seed.Admin, "林不变", same, seed.EnterpriseA, seed.BranchA);
        var (p1, p2, p3, dup) = (OrganizationCalls.NewPhone(), OrganizationCalls.NewPhone(), OrganizationCalls.NewPhone(), OrganizationCalls.NewPhone());
        var csv = $"""
            姓名,手机,领域,网点,支部,网格员,社区
            王小明,{p1},外卖,文三站I1,蜂鸟支部I1,否,
            欧阳娜娜,{p2},外卖|快递,,{seed.AreaBranch},是,文新社区I1
            买买提·艾力,{p3},"外卖、网约车",文三站I1,蜂鸟支部I1,,
            陈搬家,{moving},外卖,文三站I1,西湖区域支部I1,,
            林不变,{same},FoodDelivery,,蜂鸟支部I1,no,
            坏号码,12345,外卖,,蜂鸟支部I1,,
            无支部,{OrganizationCalls.NewPhone()},外卖,,不存在的支部,,
            重复甲,{dup},外卖,,蜂鸟支部I1,,
            重复乙,{dup},外卖,,蜂鸟支部I1,,
            无社区,{OrganizationCalls.NewPhone()},外卖,,蜂鸟支部I1,是,
            坏领域,{OrganizationCalls.NewPhone()},送水,,蜂鸟支部I1,,
            """;

        var result = await Client.ImportOkAsync(seed.Admin, seed.EnterpriseA, csv);

        Assert.Equal((4, 1, 1, 5), result.Counts());
        var rejected = result["rejectedRows"]!.AsArray();
        Assert.Equal([7, 8, 10, 11, 12], rejected.Select(r => r!["row"]!.GetValue<int>()));
        Assert.Equal("12345", rejected[0]!["phone"]!.GetValue<string>());
        Assert.Contains("11 digits", rejected[0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("不存在的支部", rejected[1]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("row 9", rejected[2]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("community", rejected[3]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("送水", rejected[4]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        var rows = result["rows"]!.AsArray();
        Assert.Equal(["ACCEPTED", "ACCEPTED", "ACCEPTED", "UPDATED", "UNCHANGED"], rows.Take(5).Select(r => r!["outcome"]!.GetValue<string>()));
        Assert.Equal(movingId, rows[3]!["workerId"]!.GetValue<Guid>());
        Assert.Equal(sameId, rows[4]!["workerId"]!.GetValue<Guid>());
        var moved = (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { branch { id } affiliations { outlet { name } } branchHistory { reason } } } }",
            new { id = movingId }, seed.Admin)).Org()["worker"]!;
        Assert.Equal(seed.AreaBranch, moved["branch"]!.Id());
        Assert.Equal("文三站I1", moved["affiliations"]![0]!["outlet"]!["name"]!.GetValue<string>());
        Assert.Equal("月度花名册", moved["branchHistory"]![1]!["reason"]!.GetValue<string>());
        var volunteer = (await Client.SendAsync($"{{ organization {{ workers(search: \"{p2}\") {{ items {{ name sectors gridVolunteer community {{ id }} }} }} }} }}", token: seed.Admin))
            .Org()["workers"]!["items"]![0]!;
        Assert.Equal("欧阳娜娜", volunteer["name"]!.GetValue<string>());
        Assert.Equal(["EXPRESS", "FOOD_DELIVERY"], volunteer["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(seed.Community, volunteer["community"]!.Id());

        var events = await platform.EventCountAsync();
        var again = await Client.ImportOkAsync(seed.Admin, seed.EnterpriseA, csv);
        Assert.Equal((0, 0, 6, 5), again.Counts());
        Assert.Equal(events, await platform.EventCountAsync());
        var history = await Client.WorkerHistoryAsync(seed.Admin, movingId);
        Assert.Equal(["worker_registered", "worker_transferred", "affiliation_outlet_changed"], history.Select(h => h!["action"]!.GetValue<string>()));
        Assert.All(history, h => Assert.Equal(history[0]!["by"]!.GetValue<string>(), h!["by"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Quoted_fields_with_commas_and_doubled_quotes_and_english_headers_are_read()
    {
        var seed = await Seed.CreateAsync(Client, "I2");
        await Client.AddOutletAsync(seed.Admin, seed.EnterpriseA, "文三\"北\"站, 二号", seed.District);
        var phone = OrganizationCalls.NewPhone();
        var csv = $"\uFEFFname,phone,sectors,outlet,branch\r\n\"刘, 德华\",{phone},快递,x,蜂鸟支部I2\r\n张学友,{phone[..3]} {phone[3..7]} {phone[7..]},\"快递|外卖\",\"文三\"\"北\"\"站, 二号\",\"蜂鸟支部I2\"\r\n";

        var result = await Client.ImportOkAsync(seed.Admin, seed.EnterpriseA, csv);

        Assert.Equal((1, 0, 0, 1), result.Counts());
        Assert.Equal(2, result["rejectedRows"]![0]!["row"]!.GetValue<int>());
        var worker = (await Client.SendAsync($"{{ organization {{ workers(search: \"张学友\") {{ items {{ phone affiliations {{ outlet {{ name }} }} }} }} }} }}", token: seed.Admin))
            .Org()["workers"]!["items"]![0]!;
        Assert.Equal(phone, worker["phone"]!.GetValue<string>());
        Assert.Equal("文三\"北\"站, 二号", worker["affiliations"]![0]!["outlet"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_worker_of_another_enterprise_gains_the_affiliation_and_keeps_name_and_branch()
    {
        var seed = await Seed.CreateAsync(Client, "I3");
        var phone = OrganizationCalls.NewPhone();
        var workerId = await Client.RegisterWorkerOkAsync(seed.Admin, "两栖骑手", phone, seed.EnterpriseB, seed.BranchB);
        var enterpriseAdmin = await Client.UserWithRoleAsync(seed.Admin, "ENTERPRISE_ADMIN", seed.EnterpriseA);
        var csv = $"name,phone,sectors,branch\n两栖小哥,{phone},快递,蜂鸟支部I3\n";

        var result = await Client.ImportOkAsync(enterpriseAdmin, seed.EnterpriseA, csv);

        Assert.Equal((0, 1, 0, 0), result.Counts());
        Assert.Contains("name, branch kept", result["rows"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var worker = (await Client.SendAsync("query($id: ID!) { organization { worker(id: $id) { name branch { id } sectors enterprises { id } } } }",
            new { id = workerId }, seed.Admin)).Org()["worker"]!;
        Assert.Equal("两栖骑手", worker["name"]!.GetValue<string>());
        Assert.Equal(seed.BranchB, worker["branch"]!.Id());
        Assert.Equal(["EXPRESS", "FOOD_DELIVERY"], worker["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal([seed.EnterpriseB, seed.EnterpriseA], worker["enterprises"]!.AsArray().Select(e => e!.Id()));
        Assert.Equal(1, (await Client.ImportOkAsync(enterpriseAdmin, seed.EnterpriseA, csv)).Counts().Unchanged);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "", "empty" },
        { "name,phone,sectors\n张三,13600000000,外卖", "branch" },
        { "name,phone,sectors,branch,工号\n", "工号" },
        { "name,name,phone,sectors,branch\n", "twice" },
        { "name,phone,sectors,branch\n\"张三,13600000000,外卖,x", "never closed" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_cannot_be_read_is_refused_with_why_and_nothing_is_written(string csv, string why)
    {
        var seed = await Seed.CreateAsync(Client, $"I4{Guid.NewGuid():N}"[..10]);
        var events = await platform.EventCountAsync();
        var response = await Client.ImportAsync(seed.Admin, seed.EnterpriseA, csv);
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal("csv", response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains(why, response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(events, await platform.EventCountAsync());
    }

    [Fact]
    public async Task Importing_is_refused_beyond_5000_rows_for_another_enterprise_and_without_a_reason()
    {
        var seed = await Seed.CreateAsync(Client, "I5");
        var enterpriseAdmin = await Client.UserWithRoleAsync(seed.Admin, "ENTERPRISE_ADMIN", seed.EnterpriseA);
        var events = await platform.EventCountAsync();
        var big = new StringBuilder("name,phone,sectors,branch\n");
        for (var i = 0; i < 5001; i++) big.Append(CultureInvariant($"张三,1370{i:D7},外卖,蜂鸟支部I5\n"));

        Assert.Equal(["VALIDATION"], (await Client.ImportAsync(seed.Admin, seed.EnterpriseA, big.ToString())).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.ImportAsync(enterpriseAdmin, seed.EnterpriseB, "name,phone,sectors,branch\n")).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.ImportAsync(seed.Admin, seed.EnterpriseA, "name,phone,sectors,branch\n", reason: "")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.ImportAsync(seed.Admin, Guid.NewGuid(), "name,phone,sectors,branch\n")).ErrorCodes);
        Assert.Equal(events, await platform.EventCountAsync());
    }

    [Fact]
    public async Task Two_thousand_rows_are_imported_in_batches_within_seconds()
    {
        var seed = await Seed.CreateAsync(Client, "I6");
        var csv = new StringBuilder("姓名,手机,领域,支部\n");
        for (var i = 0; i < 2000; i++) csv.Append(CultureInvariant($"骑手{(char)('甲' + i % 10)},1390{i:D7},外卖,蜂鸟支部I6\n"));

        var clock = Stopwatch.StartNew();
        var result = await Client.ImportOkAsync(seed.Admin, seed.EnterpriseA, csv.ToString());
        var first = clock.Elapsed;
        var again = await Client.ImportOkAsync(seed.Admin, seed.EnterpriseA, csv.ToString());

        Assert.Equal((2000, 0, 0, 0), result.Counts());
        Assert.Equal((0, 0, 2000, 0), again.Counts());
        Assert.True(first < TimeSpan.FromSeconds(20), $"2000 rows took {first}.");
    }

    [Fact]
    public async Task Two_enterprises_importing_the_same_new_phones_at_once_make_one_worker_per_phone_working_for_both()
    {
        var seed = await Seed.CreateAsync(Client, "I7");
        var phones = Enumerable.Range(0, 300).Select(_ => OrganizationCalls.NewPhone()).ToList();
        string Csv(string branch) => "name,phone,sectors,branch\n" + string.Concat(phones.Select(p => $"同时{(char)('甲' + p[^1] % 10)},{p},快递,{branch}\n"));

        var results = await Task.WhenAll(
            Client.ImportOkAsync(seed.Admin, seed.EnterpriseA, Csv("蜂鸟支部I7")),
            Client.ImportOkAsync(seed.Admin, seed.EnterpriseB, Csv("顺达支部I7")));

        var outcomes = results.SelectMany(r => r["rows"]!.AsArray()).GroupBy(r => r!["phone"]!.GetValue<string>()).ToList();
        Assert.Equal(300, outcomes.Count);
        Assert.All(outcomes, o => Assert.Single(o, r => r!["outcome"]!.GetValue<string>() == "ACCEPTED"));
        Assert.All(outcomes, o => Assert.Single(o, r => r!["outcome"]!.GetValue<string>() == "UPDATED"));
        var counts = (await Client.SendAsync(
            "query($a: ID!, $b: ID!) { organization { all: workers(search: \"同时\") { totalCount } a: workers(enterpriseId: $a) { totalCount } b: workers(enterpriseId: $b) { totalCount } } }",
            new { a = seed.EnterpriseA, b = seed.EnterpriseB }, seed.Admin)).Org();
        Assert.Equal([300, 300, 300], new[] { "all", "a", "b" }.Select(k => counts[k]!["totalCount"]!.GetValue<int>()));
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
