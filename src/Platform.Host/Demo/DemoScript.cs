using Platform.Organization.Contracts;

namespace Platform.Host.Demo;

internal sealed record DemoCounts(int Workers, int Activities, int Awards);

/// <summary>The demo data set, put in with the same mutations a programme office would use.</summary>
internal sealed class DemoScript(InProcessGraphQL api, bool recognition, CancellationToken cancellationToken)
{
    private const int WorkerCount = 60;
    private const string Reason = "演示数据";

    public async Task<DemoCounts> RunAsync()
    {
        var (districts, communities) = await GeographyAsync();
        var enterprises = new List<Guid>();
        var branches = new List<Guid>();
        foreach (var (name, sector, district) in DemoPeople.Enterprises)
        {
            var enterprise = await CreateAsync("createEnterprise",
                "mutation($n: String!, $c: String!, $s: [Sector!]!, $r: String!) { organization { createEnterprise(name: $n, creditCode: $c, sectors: $s, reason: $r) { id } } }",
                new { n = name, c = CreditCode(enterprises.Count), s = new[] { sector }, r = Reason });
            enterprises.Add(enterprise);
            await RunAsync("mutation($e: ID!, $n: String!, $d: ID!, $r: String!) { organization { addOutlet(enterpriseId: $e, name: $n, districtId: $d, address: \"中山市\", reason: $r) { id } } }",
                new { e = enterprise, n = $"{DemoPeople.Districts[district].Name}站", d = districts[district], r = Reason });
            branches.Add(await BranchAsync($"{name[..4]}支部", "ENTERPRISE", districts[district], enterprise));
        }
        branches.Add(await BranchAsync("中山市快递行业协会联合支部", "INDUSTRY_ASSOCIATION", districts[0], null));
        branches.Add(await BranchAsync("火炬开发区新就业群体区域支部", "AREA", districts[2], null));

        var workers = new List<(Guid Id, int Branch)>();
        for (var n = 0; n < WorkerCount; n++)
        {
            var e = n % enterprises.Count;
            var branch = n % 9 == 8 ? branches.Count - 1 : n % 7 == 6 && e == 1 ? branches.Count - 2 : e;
            var district = DemoPeople.Enterprises[e].District;
            var grid = n % 5 == 0;
            var id = await CreateAsync("registerWorker",
                """
                mutation($n: String!, $p: String!, $s: [Sector!]!, $e: ID!, $b: ID!, $g: Boolean, $c: ID, $r: String!) {
                  organization { registerWorker(name: $n, phone: $p, sectors: $s, affiliations: [{ enterpriseId: $e }], branchId: $b,
                                                gridVolunteer: $g, communityId: $c, reason: $r) { worker { id } } } }
                """,
                new
                {
                    n = DemoPeople.WorkerName(n), p = n == 0 ? DemoPeople.SignIns[^1].Phone : DemoPeople.WorkerPhone(n),
                    s = new[] { DemoPeople.Enterprises[e].Sector }, e = enterprises[e], b = branches[branch], g = grid,
                    c = grid ? communities[district][n % 2] : (Guid?)null, r = Reason,
                });
            workers.Add((id, branch));
        }

        // Recognition is the plugin module: without it the committee sign-in has no committee to review for.
        var committees = recognition ? await new DemoCommittees(api, cancellationToken).FormAsync() : default((Guid, Guid)?);
        await SignInsAsync(enterprises[0], branches[0], communities[0][0], workers[0].Id, committees?.Item1.ToString() ?? "demo-committee-2026");
        if (committees is var (cityHonours, enterpriseHonours)) await new DemoCommittees(api, cancellationToken).AppointAsync(cityHonours, enterpriseHonours);
        var (activities, awards) = await ActivitiesAsync(branches, workers);
        return new DemoCounts(workers.Count, activities, awards);
    }

    private async Task<(List<Guid> Districts, List<List<Guid>> Communities)> GeographyAsync()
    {
        var districts = new List<Guid>();
        var communities = new List<List<Guid>>();
        foreach (var (name, names) in DemoPeople.Districts)
        {
            var district = await CreateAsync("createDistrict",
                "mutation($n: String!, $r: String!) { organization { createDistrict(name: $n, reason: $r) { id } } }", new { n = name, r = Reason });
            districts.Add(district);
            var inDistrict = new List<Guid>();
            foreach (var community in names)
                inDistrict.Add(await CreateAsync("createCommunity",
                    "mutation($n: String!, $d: ID!, $r: String!) { organization { createCommunity(name: $n, districtId: $d, reason: $r) { id } } }",
                    new { n = community, d = district, r = Reason }));
            communities.Add(inDistrict);
        }
        return (districts, communities);
    }

    private Task<Guid> BranchAsync(string name, string kind, Guid district, Guid? enterprise) => CreateAsync("createBranch",
        "mutation($n: String!, $k: BranchKind!, $d: ID!, $e: ID, $r: String!) { organization { createBranch(name: $n, kind: $k, districtId: $d, enterpriseId: $e, reason: $r) { id } } }",
        new { n = name, k = kind, d = district, e = enterprise, r = Reason });

    private async Task SignInsAsync(Guid enterprise, Guid branch, Guid community, Guid worker, string committee)
    {
        var scopes = new Dictionary<string, string?>
        {
            ["PROGRAMME_ADMIN"] = null, ["ENTERPRISE_ADMIN"] = enterprise.ToString(), ["SECRETARY"] = branch.ToString(),
            ["COMMITTEE_MEMBER"] = committee, ["VERIFIER"] = community.ToString(), ["WORKER"] = worker.ToString(),
        };
        var committeeMembers = recognition ? DemoCommittees.Members.Skip(1).Select(m => (m.Phone, m.Name, Role: "COMMITTEE_MEMBER")) : [];
        foreach (var (phone, name, role) in DemoPeople.SignIns.Concat(committeeMembers))
            await RunAsync(
                "mutation($p: String!, $n: String!, $pw: String!, $roles: [RoleGrantInput!]!, $r: String!) { access { createUser(phone: $p, name: $n, password: $pw, roles: $roles, reason: $r) { user { id } } } }",
                new { p = phone, n = name, pw = DemoPeople.Password, roles = new[] { new { role, scope = scopes[role] } }, r = Reason });
    }

    private async Task<(int Activities, int Awards)> ActivitiesAsync(List<Guid> branches, List<(Guid Id, int Branch)> workers)
    {
        string[] types = ["THEME_DAY", "TRAINING", "SKILLS_COURSE", "BRANCH_MEETING", "COMMUNITY_SERVICE", "EDUCATION_UPGRADE"];
        string[] titles = ["主题党日：安全骑行进社区", "党员培训：新就业群体政策解读", "技能培训：电动车维修", "组织生活会", "志愿服务：为独居老人送餐", "学历提升：夜校开学"];
        var now = DateTimeOffset.UtcNow;
        int activities = 0, awards = 0;
        for (var b = 0; b < branches.Count; b++)
        {
            foreach (var daysAgo in new[] { 21, 7 })
            {
                var kind = (b + daysAgo) % types.Length;
                var start = now.Date.AddDays(-daysAgo).AddHours(11);
                var activity = await CreateAsync("createActivity",
                    "mutation($b: ID!, $t: ActivityType!, $ti: String!, $s: DateTimeOffset!, $e: DateTimeOffset!, $r: String!) { points { createActivity(branchId: $b, type: $t, title: $ti, place: \"暖蜂驿站\", startsAt: $s, endsAt: $e, reason: $r) { id } } }",
                    new { b = branches[b], t = types[kind], ti = titles[kind], s = start, e = start.AddHours(2), r = Reason });
                activities++;
                foreach (var (worker, index) in workers.Select((w, i) => (w, i)).Where(x => x.w.Branch == b && (x.i + daysAgo) % 10 < 7))
                {
                    await RunAsync("mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { points } } }",
                        new { a = activity, w = worker.Id });
                    awards++;
                }
            }
        }
        return (activities, awards);
    }

    private async Task<Guid> CreateAsync(string mutation, string query, object variables)
    {
        var data = await RunAsync(query, variables);
        var payload = data.AsObject().First().Value![mutation]!;
        return payload["id"] is not null ? payload.IdAt() : payload.IdAt("worker");
    }

    private Task<System.Text.Json.Nodes.JsonNode> RunAsync(string query, object variables) => api.RunAsync(query, variables, cancellationToken);

    /// <summary>A valid unified social credit code (GB 32100-2015) for the n-th demo enterprise.</summary>
    private static string CreditCode(int n)
    {
        var body = $"91442000MA5{n + 1:D6}";
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }
}
