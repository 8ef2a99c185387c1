using System.Globalization;
using System.Text;
using Platform.Organization.Contracts;

namespace Platform.Bench;

/// <summary>A registered worker and where they work.</summary>
internal sealed record BenchWorker(Guid Id, Guid Enterprise, Guid Branch);

/// <summary>An enterprise and its workers, who are spread over its branches.</summary>
internal sealed record BenchEnterprise(Guid Id, IReadOnlyList<BenchWorker> Workers);

/// <summary>
/// A city's shape, registered through the API (roster import): enterprises of every sector, each
/// with branches (stations) spread over the districts, and workers spread over the branches. Each
/// award then counts on its own branch's, enterprise's, district's and sector's boards, as in a city,
/// not all on the same five.
/// </summary>
internal sealed record BenchWorld(IReadOnlyList<BenchEnterprise> Enterprises)
{
    public const int EnterpriseCount = 5;
    public const int BranchesPerEnterprise = 20;
    public const int DistrictCount = 5;

    /// <summary>The sectors as GraphQL names them and as a roster file does.</summary>
    private static readonly (string Name, string Field)[] Sectors = [("FOOD_DELIVERY", "外卖"), ("EXPRESS", "快递"), ("RIDE_HAILING", "网约车"), ("FREIGHT", "货车")];

    /// <summary>Every registered worker, enterprise by enterprise.</summary>
    public IReadOnlyList<BenchWorker> Workers { get; } = [.. Enterprises.SelectMany(e => e.Workers)];

    public string Shape => $"{EnterpriseCount} enterprises of {Sectors.Length} sectors, {EnterpriseCount * BranchesPerEnterprise} branches in {DistrictCount} districts";

    public static async Task<BenchWorld> CreateAsync(BenchClient admin, int workers)
    {
        var districts = new List<Guid>();
        for (var d = 0; d < DistrictCount; d++)
            districts.Add(await IdAsync(admin, $$"""mutation { organization { createDistrict(name: "第{{Numeral(d)}}街道", reason: "benchmark") { id } } }"""));

        var enterprises = new List<BenchEnterprise>();
        var phone = 0;
        for (var e = 0; e < EnterpriseCount; e++)
        {
            var body = $"91442000MA5BENCH{e}";
            var code = body + UnifiedSocialCreditCode.CheckCharacter(body);
            var (sector, field) = Sectors[e % Sectors.Length];
            var enterprise = await IdAsync(admin,
                $$"""mutation { organization { createEnterprise(name: "蜂鸟{{Numeral(e)}}号", creditCode: "{{code}}", sectors: [{{sector}}], reason: "benchmark") { id } } }""");
            var branches = new List<Guid>();
            for (var b = 0; b < BranchesPerEnterprise; b++)
            {
                branches.Add(await IdAsync(admin, $$"""
                    mutation { organization { createBranch(name: "蜂鸟{{Numeral(e)}}号{{Numeral(b)}}站支部", kind: ENTERPRISE, districtId: "{{districts[(e + b) % DistrictCount]}}", enterpriseId: "{{enterprise}}", reason: "benchmark") { id } } }
                    """));
            }
            var share = workers / EnterpriseCount + (e < workers % EnterpriseCount ? 1 : 0);
            var registered = new List<BenchWorker>();
            for (var start = 0; start < share; start += 5000)
            {
                var lines = Enumerable.Range(start, Math.Min(5000, share - start)).Select(i => (Branch: branches[i % branches.Count], Phone: phone++)).ToList();
                var csv = new StringBuilder("姓名,手机,领域,支部\n");
                foreach (var line in lines) csv.Append(CultureInfo.InvariantCulture, $"骑手{Numeral(line.Phone)},138{line.Phone:D8},{field},{line.Branch}\n");
                var data = await admin.SendAsync(
                    "mutation($e: ID!, $c: String!) { organization { importRoster(enterpriseId: $e, csv: $c, reason: \"benchmark\") { rejected rows { workerId } } } }",
                    new { e = enterprise, c = csv.ToString() });
                var result = data["organization"]!["importRoster"]!;
                if (result["rejected"]!.GetValue<int>() > 0) throw new InvalidOperationException($"Roster rows rejected: {result.ToJsonString()}");
                registered.AddRange(result["rows"]!.AsArray().Select((r, i) => new BenchWorker(Guid.Parse(r!["workerId"]!.GetValue<string>()), enterprise, lines[i].Branch)));
            }
            enterprises.Add(new BenchEnterprise(enterprise, registered));
        }
        return new BenchWorld(enterprises);
    }

    /// <summary>Names are letters only: digits spelled as Chinese numerals.</summary>
    private static string Numeral(int i) => string.Concat(i.ToString(CultureInfo.InvariantCulture).Select(d => "零一二三四五六七八九"[d - '0']));

    private static async Task<Guid> IdAsync(BenchClient admin, string mutation) =>
        Guid.Parse((await admin.SendAsync(mutation))["organization"]!.AsObject().First().Value!["id"]!.GetValue<string>());
}
