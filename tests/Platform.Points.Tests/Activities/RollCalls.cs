using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Activities;
using Platform.Testing;

namespace Platform.Points.Tests.Activities;

/// <summary>The options of createActivity beyond the basics (null: not sent).</summary>
internal sealed record ActivityOptions(
    int? MaxAttendees = null, int? LateCheckInMinutes = null, string? PlaceKind = null, Guid? PlaceId = null, DateTimeOffset? CheckInClosesAt = null);

internal static class RollCalls
{
    public const string Create = """
        mutation($b: ID!, $s: DateTimeOffset!, $e: DateTimeOffset!, $max: Int, $late: Int, $pk: ActivityPlaceKind, $pid: ID, $c: DateTimeOffset) {
          points { createActivity(branchId: $b, type: THEME_DAY, title: "主题党日：安全骑行", place: "石岐暖蜂驿站", startsAt: $s, endsAt: $e,
                                  maxAttendees: $max, lateCheckInMinutes: $late, placeKind: $pk, placeId: $pid, checkInClosesAt: $c, reason: "本月主题党日") {
            id checkInCode checkInQr checkInClosesAt lateCheckInMinutes maxAttendees seatsTaken placeKind placeId } } }
        """;

    public const string CheckIn = "mutation($c: String!) { points { checkIn(code: $c) { sourceKey points reason late } } }";

    public const string Register = "mutation($a: ID!) { points { registerForActivity(activityId: $a) { workerId status registeredAt } } }";

    public const string Confirm = "mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { points late } } }";

    public const string Close = """
        mutation($a: ID!, $n: [ID!], $r: String!) { points { closeAttendance(activityId: $a, noShows: $n, reason: $r) { id rollClosedAt } } }
        """;

    public const string Roll = """
        query($a: ID!) { points { activity(id: $a) { seatsTaken rollClosedAt
          roll { workerId workerName status late checkedInAt confirmedAt confirmedBy noShowAt noShowReason registeredAt recordedPoints } } } }
        """;

    public static Task<GraphQLResponse> CreateAsync(
        this GraphQLClient client, string token, Guid branch, DateTimeOffset startsAt, DateTimeOffset endsAt, ActivityOptions? options = null)
    {
        var o = options ?? new ActivityOptions();
        return client.SendAsync(Create, new
        {
            b = branch, s = startsAt, e = endsAt, max = o.MaxAttendees, late = o.LateCheckInMinutes, pk = o.PlaceKind, pid = o.PlaceId, c = o.CheckInClosesAt,
        }, token);
    }

    /// <summary>Schedules the activity and answers it (id, code, QR payload and the rest as asked for in <see cref="Create"/>).</summary>
    public static async Task<(Guid Id, string Code, JsonNode Activity)> ScheduleAsync(
        this GraphQLClient client, string token, Guid branch, DateTimeOffset startsAt, DateTimeOffset endsAt, ActivityOptions? options = null)
    {
        var activity = (await client.CreateAsync(token, branch, startsAt, endsAt, options)).Ok()["points"]!["createActivity"]!;
        return (Guid.Parse(activity["id"]!.GetValue<string>()), activity["checkInCode"]!.GetValue<string>(), activity);
    }

    public static async Task<JsonArray> RollAsync(this GraphQLClient client, string token, Guid activity) =>
        (await client.SendAsync(Roll, new { a = activity }, token)).Ok()["points"]!["activity"]!["roll"]!.AsArray();

    public static JsonNode Of(this JsonArray roll, Guid worker) => roll.Single(r => r!["workerId"]!.GetValue<string>() == worker.ToString())!;

    public static string Reason(this GraphQLResponse response) => response.Errors![0]!["extensions"]!["reason"]!.GetValue<string>();

    public static string Field(this GraphQLResponse response) => response.Errors![0]!["extensions"]!["field"]!.GetValue<string>();

    /// <summary>One error with this code and, when given, this reason and field.</summary>
    public static void AssertRefused(this GraphQLResponse response, string code, string? reason = null, string? field = null)
    {
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data?["points"]);
        if (reason is not null) Assert.Equal(reason, response.Reason());
        if (field is not null) Assert.Equal(field, response.Field());
    }

    public static async Task<int> BalanceAsync(this GraphQLClient client, string workerToken) =>
        (await client.SendAsync(PointsCalls.MyPoints, token: workerToken)).Ok()["points"]!["myPoints"]!["balance"]!.GetValue<int>();
}

/// <summary>A clock the test moves: activities' "now" only (Access and the ledger keep real time).</summary>
internal sealed class MovableTime : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}

/// <summary>The platform with the activities' clock in the test's hands: register before the start, close the roll after the end, without waiting.</summary>
public sealed class MovableClockPlatform : TestPlatform
{
    internal MovableTime Time { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(new ActivityClock(Time));
}
