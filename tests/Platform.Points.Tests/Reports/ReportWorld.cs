using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Points.Rules;
using Platform.Points.Tests.GridTasks;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Reports;

/// <summary>
/// Two communities, each with a verifier, and two workers of one branch, built through the API.
/// <see cref="Latitude"/>/<see cref="Longitude"/> is a spot of this world's own, far from every other
/// world's, so reports of other tests sharing the database are never its duplicates.
/// <see cref="At"/> is when its reports happen unless a test says otherwise: a plain daytime (<see cref="Daytime"/>).
/// </summary>
internal sealed record ReportWorld(
    string Admin, Guid Community, Guid OtherCommunity, Guid Reporter, string ReporterToken, Guid OtherWorker, string OtherWorkerToken,
    string Verifier, string OtherVerifier, double Latitude, double Longitude, DateTimeOffset At)
{
    public static readonly TimeOnly Daytime = new(10, 0);

    public static readonly TimeOnly Night = new(23, 0);

    public static async Task<ReportWorld> CreateAsync(TestPlatform platform)
    {
        var client = platform.Client;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await client.SignInAsAdminAsync();
        var district = await client.DistrictAsync(admin, $"石岐街道{tag}");
        var community = await client.CommunityAsync(admin, $"莲峰社区{tag}", district);
        var other = await client.CommunityAsync(admin, $"库充社区{tag}", district);
        var enterprise = await client.EnterpriseAsync(admin, $"美团配送{tag}");
        var branch = await client.BranchAsync(admin, $"美团配送支部{tag}", district, enterprise);
        var (reporter, reporterToken) = await client.WorkerWithAccountAsync(admin, "陈小龙", enterprise, branch);
        var (otherWorker, otherToken) = await client.WorkerWithAccountAsync(admin, "林美玲", enterprise, branch);
        var verifier = await client.UserWithRoleAsync(admin, "VERIFIER", community);
        var otherVerifier = await client.UserWithRoleAsync(admin, "VERIFIER", other);
        return new ReportWorld(admin, community, other, reporter, reporterToken, otherWorker, otherToken, verifier, otherVerifier,
            Random.Shared.NextDouble() * 120 - 60, Random.Shared.NextDouble() * 340 - 170, Recent(platform.Services, Daytime));
    }

    /// <summary>
    /// The most recent <paramref name="time"/> of the programme's clock at least two hours ago, on a
    /// day that is no holiday of the loaded rules (stepping back a day while it is one). The rules
    /// multiply points at night and on holidays, so reports at such a fixed time earn the same at any
    /// hour and on any date the tests run. It is within a week (MaxAgeDays' default): 26 hours at
    /// most, and holidays come at most five in a row.
    /// </summary>
    public static DateTimeOffset Recent(IServiceProvider services, TimeOnly time)
    {
        var calendar = services.GetRequiredService<ProgrammeCalendar>();
        var holidays = services.GetRequiredService<PointRules>().Current.Holidays;
        var latest = DateTimeOffset.UtcNow.AddHours(-2);
        // Midnight plus the time: the programme's zone (Asia/Shanghai) has no daylight saving.
        DateTimeOffset On(DateOnly day) => calendar.StartOf(day) + time.ToTimeSpan();
        var day = DateOnly.FromDateTime(calendar.LocalOf(latest));
        if (On(day) > latest) day = day.AddDays(-1);
        while (holidays.Contains(day)) day = day.AddDays(-1);
        return On(day);
    }

    /// <summary>The point <paramref name="metres"/> north of the world's spot (one degree of latitude is the same everywhere).</summary>
    public double North(double metres) => Latitude + metres / (6_371_008.8 * Math.PI / 180);
}

internal static class ReportCalls
{
    public const string Fields = "id category status workerId workerName communityId latitude longitude place occurredAt description evidence submittedAt duplicateOf sourceKey recordedPoints history { status by at reason points }";

    public const string Submit = $$"""
        mutation($cat: ReportCategory!, $c: ID!, $lat: Float!, $lon: Float!, $p: String!, $o: DateTimeOffset!, $d: String!, $ev: [String!], $key: String) {
          points { submitReport(category: $cat, communityId: $c, latitude: $lat, longitude: $lon, place: $p, occurredAt: $o, description: $d,
                                evidence: $ev, idempotencyKey: $key) { {{Fields}} } } }
        """;

    public const string One = $$"""query($id: ID!) { points { report(id: $id) { {{Fields}} } } }""";

    public const string Mine = "query($f: Int, $a: String) { points { myReports(first: $f, after: $a) { totalCount nextCursor items { id status } } } }";

    public const string ToVerify = "query($c: ID!, $s: ReportStatus, $f: Int, $a: String) { points { reportsToVerify(communityId: $c, status: $s, first: $f, after: $a) { totalCount nextCursor items { id status duplicateOf workerName } } } }";

    public const string MyPoints = "{ points { myPoints { balance entries { items { sourceKey source sourceId points category reason occurredAt reversalOf rule ruleVersion flags } } } } }";

    public const string Description = "十字路口红绿灯损坏，电动车和汽车抢行，险些相撞";

    public static string Decide(string field, string why) =>
        $$"""mutation($id: ID!, $w: String!) { points { {{field}}(id: $id, {{why}}: $w) { {{Fields}} } } }""";

    public static Task<GraphQLResponse> SubmitAsync(
        this GraphQLClient client, ReportWorld world, string? token = null, string category = "TRAFFIC", Guid? community = null,
        double? latitude = null, double? longitude = null, string place = "岐关西路与悦来路交界", DateTimeOffset? occurredAt = null,
        string description = Description, IReadOnlyList<string>? evidence = null, string? key = null) =>
        client.SendAsync(Submit, new
        {
            cat = category, c = community ?? world.Community, lat = latitude ?? world.Latitude, lon = longitude ?? world.Longitude, p = place,
            o = occurredAt ?? world.At, d = description, ev = evidence, key,
        }, token ?? world.ReporterToken);

    /// <summary>Submits as the world's reporter and returns the report.</summary>
    public static async Task<JsonNode> SubmittedAsync(
        this GraphQLClient client, ReportWorld world, string category = "TRAFFIC", double? latitude = null, DateTimeOffset? occurredAt = null,
        string? token = null) =>
        (await client.SubmitAsync(world, token, category, latitude: latitude, occurredAt: occurredAt)).Report("submitReport");

    public static async Task<Guid> SubmittedIdAsync(this GraphQLClient client, ReportWorld world, string category = "TRAFFIC") =>
        Guid.Parse((await client.SubmittedAsync(world, category)).Text("id"));

    public static Task<GraphQLResponse> TriageAsync(this GraphQLClient client, string token, Guid id, string note = "已联系交警核实") =>
        client.SendAsync(Decide("triageReport", "note"), new { id, w = note }, token);

    public static Task<GraphQLResponse> VerifyAsync(this GraphQLClient client, string token, Guid id, string reason = "交警确认信号灯故障") =>
        client.SendAsync(Decide("verifyReport", "reason"), new { id, w = reason }, token);

    public static Task<GraphQLResponse> RejectAsync(this GraphQLClient client, string token, Guid id, string reason = "现场无此情况") =>
        client.SendAsync(Decide("rejectReport", "reason"), new { id, w = reason }, token);

    public static Task<GraphQLResponse> OverturnAsync(this GraphQLClient client, string token, Guid id, string reason = "复查发现照片为旧图") =>
        client.SendAsync(Decide("overturnReportVerification", "reason"), new { id, w = reason }, token);

    public static async Task<JsonNode> ReportAsync(this GraphQLClient client, string token, Guid id) =>
        (await client.SendAsync(One, new { id }, token)).Report("report");

    public static async Task<JsonNode> MyReportsAsync(this GraphQLClient client, string token, int first = 20, string? after = null) =>
        (await client.SendAsync(Mine, new { f = first, a = after }, token)).Report("myReports");

    public static async Task<JsonNode> ToVerifyAsync(this GraphQLClient client, string token, Guid community, string? status = null) =>
        (await client.SendAsync(ToVerify, new { c = community, s = status, f = 100 }, token)).Report("reportsToVerify");

    public static async Task<JsonNode> MyPointsAsync(this GraphQLClient client, string token) =>
        (await client.SendAsync(MyPoints, token: token)).Points()["myPoints"]!;

    public static async Task<int> BalanceAsync(this GraphQLClient client, string token) =>
        (await client.MyPointsAsync(token))["balance"]!.GetValue<int>();

    public static JsonNode Report(this GraphQLResponse response, string field) => response.Points()[field]!;
}
