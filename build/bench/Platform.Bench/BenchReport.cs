using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;

namespace Platform.Bench;

/// <summary>The results as markdown, with the machine and the command, for docs/benchmarks.md.</summary>
internal sealed class BenchReport(string command)
{
    private readonly StringBuilder _rows = new();
    private readonly StringBuilder _cpu = new();
    private readonly List<string> _notes = [];
    private readonly List<string> _sections = [];

    public void Add(string scenario, Measured measured, string unit, Measured? baseline = null, string? target = null)
    {
        var ratio = baseline is null ? "" : (measured.PerSecond / baseline.PerSecond).ToString("0.00×", CultureInfo.InvariantCulture);
        _rows.Append(CultureInfo.InvariantCulture,
            $"| {scenario} | {measured.PerSecond:N0} {unit}/s | {Ms(measured.P50)} | {Ms(measured.P99)} | {measured.Operations:N0} | {ratio} | {target} |\n");
        Console.WriteLine($"{scenario}: {measured.PerSecond:N0} {unit}/s, p50 {Ms(measured.P50)} ms, p99 {Ms(measured.P99)} ms ({measured.Operations} operations) {ratio}");
    }

    /// <summary>
    /// CPU time per item of a scenario, in µs: this process (host and clients) and PostgreSQL. The
    /// ratio is the baseline's CPU per event over the scenario's per item: how much of the raw
    /// append's efficiency the platform keeps, whatever else the machine was doing.
    /// </summary>
    public void AddCpu(string scenario, CpuUse used, long items, string unit, (CpuUse Used, long Items)? baseline = null)
    {
        if (items == 0) return;
        var (host, postgres) = (Micro(used.Host, items), Micro(used.Postgres, items));
        var ratio = baseline is { Items: > 0 } b
            ? ((Micro(b.Used.Host, b.Items) + Micro(b.Used.Postgres, b.Items)) / (host + postgres)).ToString("0.00×", CultureInfo.InvariantCulture)
            : "";
        var (flushes, walBytes, states) = (used.WalFlushes * 1000.0 / items, (double)used.WalBytes / items, used.StateWrites * 1000.0 / items);
        _cpu.Append(CultureInfo.InvariantCulture, $"| {scenario} | {host:N0} | {postgres:N0} | {host + postgres:N0} | {ratio} | {flushes:N0} | {walBytes:N0} | {states:N0} |\n");
        Console.WriteLine($"{scenario}: CPU per {unit[..^1]} {host:N0} µs host + {postgres:N0} µs PostgreSQL = {host + postgres:N0} µs {ratio}; " +
                          $"WAL {flushes:N0} flushes per 1,000, {walBytes:N0} bytes each; {states:N0} grain state writes per 1,000");
    }

    private static double Micro(TimeSpan time, long items) => time.TotalMicroseconds / items;

    internal static string Ms(double value) => double.IsNaN(value) ? "—" : value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A part of its own (a table and its reading), after the CPU table.</summary>
    public void Section(string markdown) => _sections.Add(markdown);

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine(note);
    }

    public string Markdown(string postgresVersion) =>
        $"""
        # Benchmarks

        Written by `{command}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC. Each figure is one run on a
        shared, noisy machine: compare the ratios to the raw baseline measured in the same run, not
        absolute numbers across runs.

        Machine: {Environment.ProcessorCount} cores ({Cpu()}), {Memory()} memory, {RuntimeInformation.OSDescription},
        {RuntimeInformation.FrameworkDescription}, {postgresVersion} (the platform's own embedded server,
        default durable settings: fsync on, synchronous commit on).

        | scenario | throughput | p50 ms | p99 ms | operations | vs raw baseline | target |
        |---|---|---|---|---|---|---|
        {_rows.ToString().TrimEnd()}

        CPU time per item, µs, from `/proc`: this process (the host and the benchmark's clients) and
        the PostgreSQL server, from the start of each load until the ledger's followers and the async
        daemon had folded what it wrote. It moves less than throughput when the machine is shared (about a tenth between identical
        runs here, against a fifth): compare changes by it, in runs that alternate. Beside it, PostgreSQL's
        write-ahead log over the same span (`pg_stat_wal`): its flushes to disk per 1,000 items and its
        bytes per item, which the machine's other work does not move; and the grain states Orleans wrote
        per 1,000 items (its storage table's inserts and updates, `pg_stat_user_tables`).

        | scenario | host µs | PostgreSQL µs | total µs | raw's CPU per event ÷ this | WAL flushes per 1,000 | WAL bytes | state writes per 1,000 |
        |---|---|---|---|---|---|---|---|
        {_cpu.ToString().TrimEnd()}
        {string.Concat(_sections.Select(s => $"\n{s}\n"))}
        {string.Join("\n", _notes.Select(n => $"- {n}"))}

        Method: the host runs in the benchmark's process (Release), on a fresh database. Clients call
        `/graphql` over loopback HTTP with a signed-in token, each body sent with its length; an operation counts only when every
        record in its answer is ACCEPTED, which the platform says only after the transaction holding
        it has committed. The raw baseline appends the same event shape with bare Marten (its own
        schema, same server, same connection settings, no platform code) in the same batch sizes and
        with as many callers, in the platform's append mode (Quick). Latency is per operation (one
        request, or one raw transaction).

        What the platform does beyond the baseline, per award: the ledger entry (a row under the
        unique source key, the worker's readable history, written by the events' statement), the worker's balance (in the same
        transaction, so a worker reads their own award at once), the registry lookup and the
        rules; and, on the same two cores while the clients run, the ledger's tail folding every
        award into branch and enterprise totals and five leaderboards per period (and the async
        daemon keeping its high-water mark and its own subscriptions). This run had the
        {Collector()}; the web host runs the server GC.
        """;

    // Read from the runtime, not the project file: until 2026-11-29 the file named the wrong property and every run had the workstation GC.
    private static string Collector() =>
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC ({(GCSettings.LatencyMode == GCLatencyMode.Batch ? "not concurrent" : "concurrent")})";

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string Memory() =>
        File.Exists("/proc/meminfo") && File.ReadLines("/proc/meminfo").FirstOrDefault() is { } line
            ? $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024 / 1024} GiB"
            : "unknown";
}
