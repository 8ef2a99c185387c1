using System.Text.Json.Nodes;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>Awards and board reads over GraphQL, for the leaderboard tests.</summary>
internal static class LeaderboardCalls
{
    public const string Board = """
        query($s: LeaderboardScope!, $id: ID, $p: PointsPeriod, $v: String, $f: Int) {
          points { leaderboard(scope: $s, scopeId: $id, period: $p, periodValue: $v, first: $f) { rank workerId displayName score } } }
        """;

    public const string MyRank = """
        query($s: LeaderboardScope!, $id: ID, $p: PointsPeriod, $v: String) {
          points { myRank(scope: $s, scopeId: $id, period: $p, periodValue: $v) { rank score of } } }
        """;

    public const string AsOf = "{ points { leaderboardsAsOf } }";

    /// <summary>The programme office awards points (an adjustment); returns the award's source key.</summary>
    public static async Task<string> AwardAsync(this GraphQLClient client, string admin, Guid worker, int points)
    {
        var entry = (await client.SendAsync(
            "mutation($w: ID!, $p: Int!, $k: String!) { points { adjustPoints(workerId: $w, points: $p, category: \"Honour\", reason: \"排行榜测试加分\", idempotencyKey: $k) { sourceKey } } }",
            new { w = worker, p = points, k = $"lb-{Guid.NewGuid():N}" }, admin)).Points();
        return entry["adjustPoints"]!["sourceKey"]!.GetValue<string>();
    }

    public static Task<GraphQLResponse> BoardAsync(
        this GraphQLClient client, string token, string scope, object? id = null, string? period = null, string? value = null, int? first = 100) =>
        client.SendAsync(Board, Variables(("s", scope), ("id", id?.ToString()), ("p", period), ("v", value), ("f", first)), token);

    /// <summary>How current the boards are, as the caller is told.</summary>
    public static async Task<DateTimeOffset> AsOfAsync(this GraphQLClient client, string token) =>
        DateTimeOffset.Parse((await client.SendAsync(AsOf, token: token)).Points()["leaderboardsAsOf"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The board's rows as (worker, rank, score), for the workers of interest, in board order.</summary>
    public static async Task<List<(Guid Worker, int Rank, int Score)>> RowsAsync(
        this GraphQLClient client, string token, string scope, object? id = null, string? period = null, string? value = null) =>
        Rows((await client.BoardAsync(token, scope, id, period, value)).Points()["leaderboard"]!.AsArray());

    public static List<(Guid Worker, int Rank, int Score)> Rows(JsonArray rows) =>
        rows.Select(r => (Guid.Parse(r!["workerId"]!.GetValue<string>()), r["rank"]!.GetValue<int>(), r["score"]!.GetValue<int>())).ToList();

    public static Task<GraphQLResponse> MyRankAsync(this GraphQLClient client, string token, string scope, object? id = null, string? period = null) =>
        client.SendAsync(MyRank, Variables(("s", scope), ("id", id?.ToString()), ("p", period)), token);

    /// <summary>Leaves unset variables out, so the fields' defaults apply (an explicit null would not).</summary>
    private static Dictionary<string, object> Variables(params (string Name, object? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value!);
}
