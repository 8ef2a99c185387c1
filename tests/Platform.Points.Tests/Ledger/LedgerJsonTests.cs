using System.Text.Json;
using Platform.Points.Ledger;

namespace Platform.Points.Tests.Ledger;

/// <summary>The JSON the ledger's statements are given, written by hand for speed: it must read back as what it says.</summary>
public sealed class LedgerJsonTests
{
    [Theory]
    [InlineData(new[] { "activity-training" }, new[] { 10 })]
    [InlineData(new[] { "2026-11", "2026-11", "2026-11" }, new[] { 10, 5, -3 })]
    [InlineData(new[] { "report-traffic", "grid-patrol", "report-traffic" }, new[] { 8, 4, 2 })]
    [InlineData(new[] { "类别\"引号\\", "\u001f<tab>\t" }, new[] { 1, -2 })]
    [InlineData(new string[0], new int[0])]
    public void A_batchs_points_by_key_read_back_as_their_sums(string[] keys, int[] points)
    {
        var counts = new AccountDeltas.Counts();
        for (var i = 0; i < keys.Length; i++) counts.Add(keys[i], points[i]);

        var expected = keys.Zip(points).GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.Sum(p => p.Second));
        Assert.Equal(expected, JsonSerializer.Deserialize<Dictionary<string, int>>(counts.ToJson()));
    }

    [Theory]
    [InlineData("安全培训 (reported by the enterprise)")]
    [InlineData("a \"quoted\" reason\nover two lines \\ with <html> & \u0001")]
    public void An_events_reason_header_reads_back_as_the_reason(string reason)
    {
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(LedgerRows.ReasonHeader(reason));
        Assert.Equal(new Dictionary<string, string> { ["reason"] = reason }, headers);
    }
}
