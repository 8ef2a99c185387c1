using System.Text.Json.Nodes;
using Platform.Points.Tests.GridTasks;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Intake;

public sealed class BatchIntakeTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string Intake = """
        mutation($e: ID!, $r: [IntakeRecordInput!]!) { points { intakeAttendance(enterpriseId: $e, records: $r) {
          index idempotencyKey status award { sourceKey workerId source points category reason } error { code field message } } } }
        """;

    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Each_record_is_answered_on_its_own_and_bad_ones_spoil_nothing()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var system = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", world.Enterprise);
        var (stranger, strangerToken) = await Client.WorkerWithAccountAsync(world.Admin, "外单位骑手", await Client.EnterpriseAsync(world.Admin, $"别家{Guid.NewGuid():N}"[..10]), world.OtherBranch);
        var at = DateTimeOffset.UtcNow.AddHours(-3).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var tag = Guid.NewGuid().ToString("N")[..8];
        object Record(string key, object? worker, string type = "SKILLS_COURSE", string title = "电动车安全驾驶课", string? when = null) =>
            new { idempotencyKey = $"{key}-{tag}", workerId = worker?.ToString(), activityType = type, title, occurredAt = when ?? at };
        var records = new[]
        {
            Record("ok-1", world.WorkerA), Record("ok-2", world.WorkerA, "TRAINING"), Record("ok-3", world.WorkerB),
            Record("ok-1", world.WorkerA),
            new { idempotencyKey = "short", workerId = world.WorkerA.ToString(), activityType = "TRAINING", title = "课程", occurredAt = at },
            Record("bad-worker", "not-a-guid"), Record("bad-type", world.WorkerA, type: "Training"), Record("bad-title", world.WorkerA, title: " x "),
            Record("no-offset", world.WorkerA, when: "2026-11-27T10:00:00"), Record("future", world.WorkerA, when: DateTimeOffset.UtcNow.AddDays(1).ToString("O")),
            Record("unknown", Guid.NewGuid()), Record("stranger", stranger),
            new { idempotencyKey = (string?)null, workerId = (string?)null, activityType = (string?)null, title = (string?)null, occurredAt = (string?)null },
        };

        var results = Results(await Client.SendAsync(Intake, new { e = world.Enterprise, r = records }, system));

        Assert.Equal(Enumerable.Range(0, records.Length), results.Select(r => r["index"]!.GetValue<int>()));
        Assert.Equal(["ACCEPTED", "ACCEPTED", "ACCEPTED", "DUPLICATE"], results.Take(4).Select(r => r["status"]!.GetValue<string>()));
        Assert.Equal(results[0]["award"]!.ToJsonString(), results[3]["award"]!.ToJsonString());
        Assert.Equal(("SkillsCourse", "ACTIVITY"), (results[0]["award"]!["category"]!.GetValue<string>(), results[0]["award"]!["source"]!.GetValue<string>()));
        Assert.Equal(
            [("VALIDATION", "idempotencyKey"), ("VALIDATION", "workerId"), ("VALIDATION", "activityType"), ("VALIDATION", "title"),
             ("VALIDATION", "occurredAt"), ("VALIDATION", "occurredAt"), ("NOT_FOUND", null), ("FORBIDDEN", null), ("VALIDATION", "idempotencyKey")],
            results.Skip(4).Select(r => (r["error"]!["code"]!.GetValue<string>(), r["error"]!["field"]?.GetValue<string>())));
        Assert.All(results.Skip(4), r => Assert.Equal("REJECTED", r["status"]!.GetValue<string>()));
        var earned = results.Take(3).Select(r => r["award"]!["points"]!.GetValue<int>()).ToArray();
        Assert.Equal(earned[0] + earned[1], await Client.BalanceAsync(world.WorkerAToken));
        Assert.Equal(0, await Client.BalanceAsync(strangerToken));

        var again = Results(await Client.SendAsync(Intake, new { e = world.Enterprise, r = records.Take(3).ToArray() }, system));
        Assert.All(again, r => Assert.Equal("DUPLICATE", r["status"]!.GetValue<string>()));
        Assert.Equal(results.Take(3).Select(r => r["award"]!.ToJsonString()), again.Select(r => r["award"]!.ToJsonString()));
        Assert.Equal(earned[0] + earned[1], await Client.BalanceAsync(world.WorkerAToken));
    }

    [Fact]
    public async Task A_full_batch_of_a_thousand_is_recorded_and_a_bigger_one_refused()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var at = DateTimeOffset.UtcNow.AddDays(-1).ToString("O");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var records = Enumerable.Range(0, 1001).Select(i => new
        {
            idempotencyKey = $"big-{tag}-{i}", workerId = (i % 2 == 0 ? world.WorkerA : world.WorkerB).ToString(),
            activityType = "COMMUNITY_SERVICE", title = "社区志愿服务", occurredAt = at,
        }).ToArray();

        var tooMany = await Client.SendAsync(Intake, new { e = world.Enterprise, r = records }, world.Admin);
        var empty = await Client.SendAsync(Intake, new { e = world.Enterprise, r = Array.Empty<object>() }, world.Admin);
        Assert.Equal(["VALIDATION"], tooMany.ErrorCodes);
        Assert.Equal(["VALIDATION"], empty.ErrorCodes);
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerAToken));

        var results = Results(await Client.SendAsync(Intake, new { e = world.Enterprise, r = records.Take(1000).ToArray() }, world.Admin));
        Assert.All(results, r => Assert.Equal("ACCEPTED", r["status"]!.GetValue<string>()));
        // The shipped rules let 3 community services a week count: the rest are recorded with 0 points, and say why.
        foreach (var (worker, token) in new[] { (world.WorkerA, world.WorkerAToken), (world.WorkerB, world.WorkerBToken) })
        {
            var awards = results.Select(r => r["award"]!).Where(a => a["workerId"]!.GetValue<string>() == worker.ToString()).ToList();
            Assert.Equal(500, awards.Count);
            Assert.Equal(3, awards.Count(a => a["points"]!.GetValue<int>() > 0));
            Assert.All(awards.Skip(3), a => Assert.Contains("over the cap", a["reason"]!.GetValue<string>()));
            Assert.Equal(awards.Sum(a => a["points"]!.GetValue<int>()), await Client.BalanceAsync(token));
        }
    }

    [Fact]
    public async Task Only_the_enterprise_and_the_programme_office_send_and_a_key_belongs_to_one_worker()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var otherSystem = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", await Client.EnterpriseAsync(world.Admin, $"另一家{Guid.NewGuid():N}"[..10]));
        var key = $"shared-{Guid.NewGuid():N}";
        object One(Guid worker) => new[] { new { idempotencyKey = key, workerId = worker.ToString(), activityType = "TRAINING", title = "安全培训", occurredAt = DateTimeOffset.UtcNow.ToString("O") } };

        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(Intake, new { e = world.Enterprise, r = One(world.WorkerA) }, otherSystem)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(Intake, new { e = world.Enterprise, r = One(world.WorkerA) }, world.WorkerAToken)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SendAsync(Intake, new { e = world.Enterprise, r = One(world.WorkerA) })).ErrorCodes);
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerAToken));

        Assert.Equal("ACCEPTED", Results(await Client.SendAsync(Intake, new { e = world.Enterprise, r = One(world.WorkerA) }, world.Admin))[0]["status"]!.GetValue<string>());
        var clash = Results(await Client.SendAsync(Intake, new { e = world.Enterprise, r = One(world.WorkerB) }, world.Admin))[0];
        Assert.Equal(("REJECTED", "CONFLICT"), (clash["status"]!.GetValue<string>(), clash["error"]!["code"]!.GetValue<string>()));
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerBToken));
    }

    private static List<JsonNode> Results(GraphQLResponse response) => [.. response.Points()["intakeAttendance"]!.AsArray().Select(n => n!)];
}
