using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Recognition.Tests.Eligibility;

/// <summary>
/// A district with an enterprise branch (secretary, enterprise admin, workers A and B) and an area
/// branch (its own secretary, worker C of the same enterprise), built through the API.
/// </summary>
internal sealed record FactsWorld(
    string Admin, Guid District, Guid Enterprise, Guid Branch, Guid AreaBranch, string Secretary, string AreaSecretary, string EnterpriseAdmin,
    Guid WorkerA, string WorkerAToken, Guid WorkerB, string WorkerBToken, Guid WorkerC)
{
    public static string Year => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Tenure is counted to the end of the period: a worker registered now has this many whole months at the end of this year.</summary>
    public static int TenureAtYearEnd()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime;
        return Platform.Recognition.Eligibility.Tenure.WholeMonths(now, new DateTime(now.Year + 1, 1, 1));
    }

    public static async Task<FactsWorld> CreateAsync(GraphQLClient client)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await client.SignInAsAdminAsync();
        var district = await client.DistrictAsync(admin, $"东区街道{tag}");
        var enterprise = await client.EnterpriseAsync(admin, $"闪送科技{tag}");
        var branch = await client.BranchAsync(admin, $"闪送支部{tag}", district, enterprise);
        var area = await client.BranchAsync(admin, $"东区区域支部{tag}", district, null);
        var secretary = await client.UserWithRoleAsync(admin, "SECRETARY", branch);
        var areaSecretary = await client.UserWithRoleAsync(admin, "SECRETARY", area);
        var enterpriseAdmin = await client.UserWithRoleAsync(admin, "ENTERPRISE_ADMIN", enterprise);
        var (a, aToken) = await client.WorkerWithAccountAsync(admin, "王小明", enterprise, branch);
        var (b, bToken) = await client.WorkerWithAccountAsync(admin, "李小红", enterprise, branch);
        var (c, _) = await client.WorkerWithAccountAsync(admin, "赵大力", enterprise, area);
        return new FactsWorld(admin, district, enterprise, branch, area, secretary, areaSecretary, enterpriseAdmin, a, aToken, b, bToken, c);
    }
}

internal static class FactsCalls
{
    public const string Eligibility = """
        query($s: String!, $p: String!, $k: HonourSubjectKind!, $id: ID!) { recognition { eligibility(schemeId: $s, period: $p, subjectKind: $k, subjectId: $id) {
          eligible checks { rule passed reason }
          facts { subjectKind subjectId name period { label from to } points pointsByCategory { category points } verifiedReports sanctions
                  tenureMonths memberStatus districtId branchId enterpriseIds sectors } } } }
        """;

    public const string Candidates = """
        query($s: String!, $p: String!, $f: Int) { recognition { suggestedCandidates(schemeId: $s, period: $p, first: $f) {
          rank subjectKind subjectId name points registeredAt checks { passed } } } }
        """;

    public const string RecordSanction = """
        mutation($k: HonourSubjectKind!, $id: ID!, $r: String!, $f: DateTimeOffset!, $u: DateTimeOffset) { recognition {
          recordSanction(subjectKind: $k, subjectId: $id, reason: $r, from: $f, until: $u) {
            id subjectKind subjectId reason from until recordedBy recordedAt liftedAt liftedBy liftReason } } }
        """;

    public const string LiftSanction = """
        mutation($id: ID!, $r: String!) { recognition { liftSanction(id: $id, reason: $r) { id liftedAt liftedBy liftReason } } }
        """;

    public const string Sanctions = """
        query($k: HonourSubjectKind!, $id: ID!) { recognition { sanctions(subjectKind: $k, subjectId: $id) { id reason from until liftedAt } } }
        """;

    /// <summary>A programme admin's adjustment: points now, in a category, through the Points API.</summary>
    public static async Task AdjustAsync(this GraphQLClient client, string admin, Guid worker, int points, string category = "Training") =>
        (await client.SendAsync(
            "mutation($w: ID!, $p: Int!, $c: String, $k: String!) { points { adjustPoints(workerId: $w, points: $p, category: $c, reason: \"测试加分\", idempotencyKey: $k) { sourceKey } } }",
            new { w = worker, p = points, c = category, k = $"recognition-{Guid.NewGuid():N}" }, admin)).Ok();

    public static Task<GraphQLResponse> EligibilityAsync(this GraphQLClient client, string token, string scheme, string period, string kind, Guid id) =>
        client.SendAsync(Eligibility, new { s = scheme, p = period, k = kind, id }, token);

    public static async Task<JsonNode> EligibleAsync(this GraphQLClient client, string token, string scheme, string period, string kind, Guid id) =>
        (await client.EligibilityAsync(token, scheme, period, kind, id)).Ok()["recognition"]!["eligibility"]!;

    public static Task<GraphQLResponse> RecordSanctionAsync(
        this GraphQLClient client, string token, string kind, Guid id, DateTimeOffset from, DateTimeOffset? until = null, string reason = "违反平台规定，经核实") =>
        client.SendAsync(RecordSanction, new { k = kind, id, r = reason, f = from, u = until }, token);

    public static Task<GraphQLResponse> CandidatesAsync(this GraphQLClient client, string token, string scheme, string period, int first = 50) =>
        client.SendAsync(Candidates, new { s = scheme, p = period, f = first }, token);
}
