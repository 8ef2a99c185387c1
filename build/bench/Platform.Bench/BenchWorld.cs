using System.Text;
using Platform.Organization.Contracts;

namespace Platform.Bench;

/// <summary>One enterprise with its branch and its workers, registered through the API (roster import).</summary>
internal sealed record BenchWorld(Guid Enterprise, Guid Branch, IReadOnlyList<Guid> Workers)
{
    public static async Task<BenchWorld> CreateAsync(BenchClient admin, int workers)
    {
        var district = await IdAsync(admin, "mutation { organization { createDistrict(name: \"石岐街道\", reason: \"benchmark\") { id } } }");
        var body = "91442000MA5BENCH0";
        var code = body + UnifiedSocialCreditCode.CheckCharacter(body);
        var enterprise = await IdAsync(admin, $$"""mutation { organization { createEnterprise(name: "蜂鸟配送", creditCode: "{{code}}", sectors: [FOOD_DELIVERY], reason: "benchmark") { id } } }""");
        var branch = await IdAsync(admin, $$"""mutation { organization { createBranch(name: "蜂鸟配送支部", kind: ENTERPRISE, districtId: "{{district}}", enterpriseId: "{{enterprise}}", reason: "benchmark") { id } } }""");

        var ids = new List<Guid>();
        for (var start = 0; start < workers; start += 5000)
        {
            var csv = new StringBuilder("姓名,手机,领域,支部\n");
            for (var i = start; i < Math.Min(workers, start + 5000); i++) csv.Append($"骑手{Name(i)},138{i:D8},外卖,蜂鸟配送支部\n");
            var data = await admin.SendAsync(
                "mutation($e: ID!, $c: String!) { organization { importRoster(enterpriseId: $e, csv: $c, reason: \"benchmark\") { rejected rows { workerId } } } }",
                new { e = enterprise, c = csv.ToString() });
            var result = data["organization"]!["importRoster"]!;
            if (result["rejected"]!.GetValue<int>() > 0) throw new InvalidOperationException($"Roster rows rejected: {result.ToJsonString()}");
            ids.AddRange(result["rows"]!.AsArray().Select(r => Guid.Parse(r!["workerId"]!.GetValue<string>())));
        }
        return new BenchWorld(enterprise, branch, ids);
    }

    /// <summary>Names are letters only: digits spelled as Chinese numerals.</summary>
    private static string Name(int i) => string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "零一二三四五六七八九"[d - '0']));

    private static async Task<Guid> IdAsync(BenchClient admin, string mutation) =>
        Guid.Parse((await admin.SendAsync(mutation))["organization"]!.AsObject().First().Value!["id"]!.GetValue<string>());
}
