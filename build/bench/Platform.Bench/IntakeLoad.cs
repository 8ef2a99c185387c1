namespace Platform.Bench;

/// <summary>Enterprise systems sending attendances through <c>intakeAttendance</c>, one record or a full batch per call.</summary>
internal sealed class IntakeLoad(BenchClient client, BenchWorld world)
{
    private const string Mutation = """
        mutation($e: ID!, $r: [IntakeRecordInput!]!) { points { intakeAttendance(enterpriseId: $e, records: $r) { status } } }
        """;

    // Each worker's records go round the activity types, so its awards count against six caps.
    private static readonly string[] ActivityTypes = ["TRAINING", "BRANCH_MEETING", "THEME_DAY", "SKILLS_COURSE", "EDUCATION_UPGRADE", "COMMUNITY_SERVICE"];

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _serial;
    private long _calls;

    /// <summary>
    /// Sends <paramref name="size"/> records for distinct workers of one enterprise (the calls go round
    /// the enterprises); the answer must be ACCEPTED for every one.
    /// </summary>
    public async Task<int> SendAsync(int caller, int callers, int size)
    {
        var occurredAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O");
        var enterprise = world.Enterprises[(int)(Interlocked.Increment(ref _calls) % world.Enterprises.Count)];
        // Each caller has its own share of every enterprise's workers, so callers never queue on one another's grains.
        var share = enterprise.Workers.Count / callers;
        var records = Enumerable.Range(0, size).Select(_ =>
        {
            var serial = Interlocked.Increment(ref _serial);
            var round = serial / share;
            return new
            {
                idempotencyKey = $"bench-{_run}-{serial}",
                workerId = enterprise.Workers[(caller * share) + (int)(serial % share)].Id.ToString(),
                activityType = ActivityTypes[round % ActivityTypes.Length],
                title = "电动车安全驾驶课",
                occurredAt,
            };
        }).ToArray();
        var data = await client.SendAsync(Mutation, new { e = enterprise.Id, r = records });
        var statuses = data["points"]!["intakeAttendance"]!.AsArray();
        if (statuses.Any(s => s!["status"]!.GetValue<string>() != "ACCEPTED"))
            throw new InvalidOperationException($"Not every record was accepted: {statuses.ToJsonString()[..Math.Min(400, statuses.ToJsonString().Length)]}");
        return size;
    }
}
