using System.Diagnostics;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Bench;

// Runs every benchmark against a fresh platform and writes the figures to docs/benchmarks.md.
// Usage: build/bench/run [--quick] [--seconds N] [--out path] [--only a|b|d] [--daemon-elsewhere] [--set Key=Value]... [--statements] [--allocations] [--gc-phases] [--no-curve]
var quick = args.Contains("--quick");
// --daemon-elsewhere: this host runs no async daemon and no ledger tail (as when another host of the cluster does), so
// the intake figures show the write path alone; the leaderboard part, which needs it, is skipped.
var daemon = !args.Contains("--daemon-elsewhere");
var seconds = ArgValue("--seconds") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : quick ? 3 : 20;
var output = ArgValue("--out") ?? Path.Combine("docs", "benchmarks.md");
// --only a|b|d: one scenario (with its raw baseline), e.g. to profile it; the others are skipped.
var only = ArgValue("--only");
bool Runs(string scenario) => only is null || only == scenario;
var duration = TimeSpan.FromSeconds(seconds);
const int singleCallers = 32, batchCallers = 2, batchSize = 1000;
// The single submissions' targets; the rate is also offered in an open loop after the closed-loop loads.
const double targetRate = 2_500, targetP99 = 30;
const int openLoopConnections = 100;
var openLoopWarmUp = TimeSpan.FromSeconds(quick ? 1 : 5);
// --no-curve: single submissions by 32 clients only, without the load curve's other points (for alternating runs of one change).
// Each point costs two loads (about 45 s); the full run takes about nine minutes with them.
int[] curveClients = args.Contains("--no-curve") ? [] : [16, 24, 48];
// Enough workers that most of (a)'s and (b)'s awards stay within the activities' monthly caps
// (about three in four earn points; the report gives the share). A world where no cap binds
// (100,000) is harder on the p99 and slower to register (docs/profiling.md, twenty-third pass).
var workers = quick ? 2_000 : 25_000;

// --set Key=Value: a host setting for this run, e.g. --set Postgres:Settings:max_wal_size=4GB.
var overrides = args.Zip(args.Skip(1)).Where(p => p.First == "--set").Select(p => p.Second).ToList();
// --statements: PostgreSQL's time per statement over the measured scenarios, printed at the end.
var statements = args.Contains("--statements");
if (statements) overrides.AddRange(StatementTimes.Settings);
// --allocations: what the single submissions and the batch intake allocate, by type, printed after each.
using var allocations = args.Contains("--allocations") ? new AllocationSampler() : null;
// --gc-phases: where each collection's pause went during the single submissions and the batch intake, printed after each.
using var phases = args.Contains("--gc-phases") ? new GcPhases() : null;
await using var platform = await BenchPlatform.StartAsync(Path.GetFullPath(Path.Combine(".data", "bench")), daemon, overrides);
var client = new BenchClient(platform.Host.Address);
await client.SignInAsync(BenchPlatform.AdminPhone, BenchPlatform.AdminPassword);
var world = await BenchWorld.CreateAsync(client, workers);
var intake = new IntakeLoad(client, world);
await using var raw = new RawBaseline(platform.Host.ConnectionString);
await raw.PrepareAsync();
var streams = Enumerable.Range(0, workers).Select(_ => Guid.NewGuid()).ToArray();
var schema = platform.Host.App.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName;
var earnings = new EarningShare(platform.Host.ConnectionString, schema);

var report = new BenchReport($"build/bench/run {string.Join(' ', args)}".TrimEnd());
report.Note($"{workers:N0} workers registered by roster import ({world.Shape}); {seconds} s per scenario after a warm-up; single submissions by {singleCallers} concurrent clients, batches of {batchSize} by {batchCallers}.");

// Warm-up: connection pools, grain activations and the JIT (WarmUp.cs), each load until the JIT
// has settled, so the figures are a running server's and not its start-up.
var warmUpLimit = TimeSpan.FromSeconds(quick ? 3 : 90);
var warmedSingle = await WarmUp.UntilJitSettlesAsync(singleCallers, caller => intake.SendAsync(caller, singleCallers, 1), warmUpLimit);
var warmedBatch = await WarmUp.UntilJitSettlesAsync(batchCallers, caller => intake.SendAsync(caller, batchCallers, batchSize), warmUpLimit);
var warmedRaw = await WarmUp.UntilJitSettlesAsync(singleCallers, caller => raw.AppendAsync([streams[caller]]), warmUpLimit);
report.Note($"Warm-up until the JIT had settled ({WarmUp.Rule(warmUpLimit)}): " +
            $"single submissions {warmedSingle.TotalSeconds:0} s, batches {warmedBatch.TotalSeconds:0} s, raw appends {warmedRaw.TotalSeconds:0} s.");
// The daemon folds what each phase wrote before the next is measured, so every scenario and its raw
// baseline start on a quiet platform; how long that takes says how far the boards fell behind.
if (daemon) report.Note($"After the warm-ups the ledger's followers and the async daemon took {(await platform.CaughtUpAsync()).TotalSeconds:0} s more to fold what they wrote.");
if (statements) await StatementTimes.ResetAsync(platform.Host.ConnectionString);
var cpu = await CpuMeter.StartAsync(platform.Host.ConnectionString);
using var trace = new LedgerTrace();
// What the ledger's followers did during the last load measured, and until they caught up with it.
var followed = "";

// The CPU the host and PostgreSQL spend on a load, until the daemon has folded what it wrote, and the GC's pauses during the load.
async Task<(Measured Measured, (CpuUse Used, long Items) Cpu, GcPauses Gc)> MeasureAsync(Func<Task<Measured>> load, bool folds, string? sampled = null)
{
    if (sampled is not null)
    {
        allocations?.Start(sampled);
        phases?.Start();
    }
    var (before, gcBefore) = (cpu is null ? default : await cpu.ReadAsync(), GcPauses.Now());
    trace.Reset();
    var measured = await load();
    var gc = GcPauses.Now() - gcBefore;
    if (sampled is not null && phases is not null) Console.Write(phases.Stop(sampled, 12));
    if (sampled is not null && allocations is not null)
    {
        allocations.Stop();
        Console.Write(allocations.Top(30));
    }
    if (folds && daemon) await platform.CaughtUpAsync();
    followed = trace.Describe();
    return (measured, ((cpu is null ? default : await cpu.ReadAsync()) - before, cpu is null ? 0 : measured.Items), gc);
}

// The target's rate in an open loop, measured after a few seconds of it unmeasured, as every load
// is warmed: its first seconds open the connections its bursts need (docs/profiling.md, twenty-fourth pass).
async Task<(Measured Measured, (CpuUse Used, long Items) Cpu, double StartedLateP99, GcPauses Gc)> OpenLoopAsync(Func<long, Task<int>> operation, bool folds)
{
    await Latencies.RunAtRateAsync(targetRate, openLoopWarmUp, operation);
    var late = 0.0;
    var (measured, used, gc) = await MeasureAsync(async () =>
    {
        (var result, late) = await Latencies.RunAtRateAsync(targetRate, duration, operation);
        return result;
    }, folds);
    return (measured, used, late, gc);
}

// Each raw caller appends to streams of its own share, as each client sends for workers of its own.
Task<Measured> RawSingleAsync(int callers) => Latencies.RunAsync(callers, duration, caller =>
    raw.AppendAsync([streams[(caller * (workers / callers)) + Random.Shared.Next(workers / callers)]]));
var curve = new LoadCurve(minPerSecond: targetRate, maxP99: targetP99);

if (Runs("a"))
{
    var (rawSingle, rawSingleCpu, _) = await MeasureAsync(() => RawSingleAsync(singleCallers), folds: false);
    report.Add("(c) raw baseline: Marten append, 1 event per transaction", rawSingle, "events");
    report.AddCpu("(c) raw baseline, 1 event per transaction", rawSingleCpu.Used, rawSingleCpu.Items, "events");
    Progress("(a) single submissions");
    var caughtUp = Stopwatch.StartNew();
    var singleMark = await earnings.MarkAsync();
    var (single, singleCpu, singleGc) = await MeasureAsync(async () =>
    {
        var measured = await Latencies.RunAsync(singleCallers, duration, caller => intake.SendAsync(caller, singleCallers, 1));
        caughtUp.Restart();
        return measured;
    }, folds: true, sampled: "(a) single submissions");
    report.Add($"(a) single submissions over GraphQL (intakeAttendance, 1 record), {singleCallers} clients", single, "awards", rawSingle, $"≥ {targetRate:N0}/s, p99 ≤ {targetP99:0} ms");
    report.AddCpu("(a) single submissions", singleCpu.Used, singleCpu.Items, "awards", rawSingleCpu);
    if (daemon) report.Note($"(a): the boards and totals caught up {caughtUp.Elapsed.TotalSeconds:0} s after the clients stopped.");
    report.Note($"(a): {singleGc.Describe(duration, single.Items, "award")}.");
    if (daemon) report.Note($"(a): {followed}.");
    // The floor under (a): HTTP, the token and its session check, and GraphQL, with no store touched.
    var (floor, floorCpu, floorGc) = await MeasureAsync(() => Latencies.RunAsync(singleCallers, duration, async _ =>
    {
        await client.SendAsync("{ __typename }");
        return 1;
    }), folds: false);
    report.Add("(a) floor: the same clients, a signed-in `{ __typename }` (HTTP, token, GraphQL; no store)", floor, "requests");
    report.AddCpu("(a) floor, `{ __typename }`", floorCpu.Used, floorCpu.Items, "requests");
    report.Note($"(a) floor: {floorGc.Describe(duration, floor.Items, "request")}.");
    curve.Add(singleCallers, rawSingle, single, (await earnings.SinceAsync(singleMark))?.Share);

    // The target names a rate and a latency together: offered at that rate in an open loop (each
    // award sent when due, answered or not), as independent apps and enterprise systems send.
    Progress($"(c) raw append, {targetRate:N0} a second offered");
    // An open loop's bursts need a raw connection per append in flight: opened before, so the raw
    // figure is the appends' and not the opening of connections.
    await Task.WhenAll(Enumerable.Range(0, openLoopConnections).Select(i => raw.AppendAsync([streams[i]])));
    var (rawAtRate, rawAtRateCpu, rawLate, _) = await OpenLoopAsync(n => raw.AppendAsync([streams[n % workers]]), folds: false);
    report.Add($"(c) raw baseline: Marten append, 1 event per transaction, {targetRate:N0} a second offered", rawAtRate, "events");
    report.AddCpu($"(c) raw baseline, {targetRate:N0} a second offered", rawAtRateCpu.Used, rawAtRateCpu.Items, "events");
    Progress($"(a) single submissions, {targetRate:N0} a second offered (open loop)");
    var rateMark = await earnings.MarkAsync();
    var (atRate, atRateCpu, late, atRateGc) = await OpenLoopAsync(n => intake.SendAsync((int)(n % singleCallers), singleCallers, 1), folds: true);
    report.Add($"(a) single submissions, {targetRate:N0} a second offered (open loop)", atRate, "awards", target: $"p99 ≤ {targetP99:0} ms at {targetRate:N0}/s");
    report.AddCpu($"(a) single submissions, {targetRate:N0} a second offered", atRateCpu.Used, atRateCpu.Items, "awards", rawAtRateCpu);
    var rateEarned = (await earnings.SinceAsync(rateMark))?.Share ?? 0;
    report.Note($"(a) at {targetRate:N0} a second offered (each latency from when its request was due; the sender started 99 % of them within " +
                $"{BenchReport.Ms(late)} ms of it, the raw append's within {BenchReport.Ms(rawLate)} ms): {rateEarned:0 %} of the awards earned points; " +
                $"{atRateGc.Describe(duration, atRate.Items, "award")}.");
    if (daemon) report.Note($"(a) at {targetRate:N0} a second offered: {followed}.");
}

if (Runs("b"))
{
    // Each caller walks through its share of the streams a batch at a time, as intake walks through its workers.
    var rawBatches = new long[batchCallers];
    var (rawBatch, rawBatchCpu, _) = await MeasureAsync(() => Latencies.RunAsync(batchCallers, duration, caller =>
    {
        var share = workers / batchCallers;
        var start = (int)(Interlocked.Increment(ref rawBatches[caller]) * batchSize % share);
        return raw.AppendAsync(Enumerable.Range(start, batchSize).Select(i => streams[(caller * share) + (i % share)]));
    }), folds: false);
    report.Add($"(c) raw baseline: Marten append, {batchSize} events per transaction", rawBatch, "events");
    report.AddCpu($"(c) raw baseline, {batchSize} events per transaction", rawBatchCpu.Used, rawBatchCpu.Items, "events");
    Progress("(b) batch intake");
    var caughtUp = Stopwatch.StartNew();
    var (batch, batchCpu, batchGc) = await MeasureAsync(async () =>
    {
        var measured = await Latencies.RunAsync(batchCallers, duration, caller => intake.SendAsync(caller, batchCallers, batchSize));
        caughtUp.Restart();
        return measured;
    }, folds: true, sampled: "(b) batch intake");
    report.Add($"(b) batch intake over GraphQL ({batchSize} records per call)", batch, "awards", rawBatch, "≥ 10,000/s and ≥ 0.5× raw");
    report.AddCpu("(b) batch intake", batchCpu.Used, batchCpu.Items, "awards", rawBatchCpu);
    if (daemon) report.Note($"(b): the boards and totals caught up {caughtUp.Elapsed.TotalSeconds:0} s after the clients stopped.");
    report.Note($"(b): {batchGc.Describe(duration, batch.Items, "award")}.");
    if (daemon) report.Note($"(b): {followed}.");
}

// The load curve's other points after batch intake, so (a) and (b) find the caps as they always did.
if (Runs("a") && curveClients.Length > 0)
{
    foreach (var clients in curveClients)
    {
        Progress($"(a) load curve, {clients} clients");
        var (rawPoint, _, _) = await MeasureAsync(() => RawSingleAsync(clients), folds: false);
        var mark = await earnings.MarkAsync();
        var (point, _, _) = await MeasureAsync(() => Latencies.RunAsync(clients, duration, caller => intake.SendAsync(caller, clients, 1)), folds: true);
        curve.Add(clients, rawPoint, point, (await earnings.SinceAsync(mark))?.Share);
    }
    report.Section(curve.Markdown());
}

// (d) A city-sized ledger, then the boards read by a person waiting for them.
if (daemon && Runs("d")) await LeaderboardPartAsync();

async Task LeaderboardPartAsync()
{
    var boardWorkers = quick ? 10_000 : 100_000;
    const int eventsPerWorker = 10;
    var boards = new LeaderboardLoad(platform.Host, world);
    var seeded = await boards.SeedAsync(boardWorkers, eventsPerWorker);
    report.Add($"ledger write path in-process: {boardWorkers * eventsPerWorker:N0} awards for {boardWorkers:N0} workers through their grains", seeded, "awards");
    var caughtUp = await platform.CaughtUpAsync();
    report.Note($"The ledger's followers (roll-ups, leaderboards) and the async daemon finished folding {boardWorkers * eventsPerWorker:N0} ledger events {caughtUp.TotalSeconds:0} s after the last was written.");
    var workerClient = await boards.WorkerClientAsync(client);
    report.Add($"(d) leaderboard top 100, city, all time ({boardWorkers:N0} workers, {boardWorkers * eventsPerWorker:N0} events), GraphQL", await LeaderboardLoad.TopAsync(client, 300), "queries", target: "p99 ≤ 20 ms");
    report.Add($"(d) my rank, city, all time ({boardWorkers:N0} workers), GraphQL", await LeaderboardLoad.MyRankAsync(workerClient, 300), "queries", target: "p99 ≤ 20 ms");
}

if (statements) Console.WriteLine(await StatementTimes.TopAsync(platform.Host.ConnectionString, 25));

await using var connection = new NpgsqlConnection(platform.Host.ConnectionString);
await connection.OpenAsync();
await using var version = new NpgsqlCommand("show server_version", connection);
var postgres = $"PostgreSQL {await version.ExecuteScalarAsync()}";
// How representative the intake was: an award past its cap earns nothing, and folds into no board.
if (await earnings.SinceAsync(0) is { } taken)
    report.Note($"Of the {taken.Awards:N0} attendance awards taken in (warm-ups included), {taken.Share:0 %} earned points; the rest were past their activity's cap.");

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report.Markdown(postgres) + "\n");
Console.WriteLine($"Written to {output}");

// Says which scenario runs, so a profiler can be pointed at it.
static void Progress(string scenario) => Console.WriteLine($"{DateTime.Now:HH:mm:ss} {scenario}");

string? ArgValue(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
