using System.Globalization;
using System.Text;

namespace Platform.Bench;

/// <summary>
/// Single submissions by more and fewer clients, each beside the raw append by as many callers:
/// with closed-loop clients the number in flight sets the load, so one count gives one point of a
/// curve of throughput against latency. The curve answers what the target asks: how many awards a
/// second one host takes while its p99 stays within bounds.
/// </summary>
internal sealed class LoadCurve(double minPerSecond, double maxP99)
{
    private readonly List<(int Clients, Measured Raw, Measured Platform, double? Earning)> _points = [];

    public void Add(int clients, Measured raw, Measured platform, double? earning)
    {
        _points.Add((clients, raw, platform, earning));
        Console.WriteLine($"curve, {clients} clients: {platform.PerSecond:N0} awards/s, p99 {BenchReport.Ms(platform.P99)} ms; raw {raw.PerSecond:N0} events/s, p99 {BenchReport.Ms(raw.P99)} ms");
    }

    /// <summary>The most awards a second of a point whose p99 is within bounds, and its clients; null when none is.</summary>
    private (int Clients, Measured Platform)? MostWithinLatency() =>
        _points.Where(p => p.Platform.P99 <= maxP99).OrderByDescending(p => p.Platform.PerSecond).Select(p => ((int, Measured)?)(p.Clients, p.Platform)).FirstOrDefault();

    public string Markdown()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""
            Single submissions by the number of clients (the load curve: each load as long as the others,
            the raw append by as many callers just before it; a point meets the target with at least
            {minPerSecond:N0} awards/s and a p99 within {maxP99:0} ms):

            | clients | raw append: events/s, p50, p99 ms | single submissions: awards/s, p50, p99 ms | vs raw | earned points | meets the target |
            |---|---|---|---|---|---|

            """);
        foreach (var (clients, raw, platform, earning) in _points.OrderBy(p => p.Clients))
        {
            var meets = platform.PerSecond >= minPerSecond && platform.P99 <= maxP99 ? "yes" : "no";
            text.Append(CultureInfo.InvariantCulture,
                $"| {clients} | {raw.PerSecond:N0}, {BenchReport.Ms(raw.P50)}, {BenchReport.Ms(raw.P99)} | {platform.PerSecond:N0}, {BenchReport.Ms(platform.P50)}, {BenchReport.Ms(platform.P99)} | {platform.PerSecond / raw.PerSecond:0.00}× | {Share(earning)} | {meets} |\n");
        }
        text.Append('\n');
        if (MostWithinLatency() is { } best)
            text.Append(CultureInfo.InvariantCulture,
                $"The most single submissions a second with a p99 within {maxP99:0} ms: **{best.Platform.PerSecond:N0} awards/s, by {best.Clients} clients** (p99 {BenchReport.Ms(best.Platform.P99)} ms).");
        else text.Append(CultureInfo.InvariantCulture, $"No point of the curve kept its p99 within {maxP99:0} ms.");
        text.Append(CultureInfo.InvariantCulture,
            $" The points were measured in the order {string.Join(", ", _points.Select(p => p.Clients))}; later points find more of the workers' activity caps filled, so fewer of their awards earn points and reach the boards (the share is in the table).");
        return text.ToString();
    }

    private static string Share(double? earning) => earning is { } e ? e.ToString("0 %", CultureInfo.InvariantCulture) : "—";
}
