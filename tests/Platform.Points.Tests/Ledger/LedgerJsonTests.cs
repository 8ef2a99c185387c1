using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Weasel.Core;

namespace Platform.Points.Tests.Ledger;

/// <summary>The JSON the ledger's statements are given, written by hand for speed: it must read back as what it says.</summary>
public sealed class LedgerJsonTests
{
    [Theory]
    [InlineData("安全培训 (reported by the enterprise)")]
    [InlineData("a \"quoted\" reason\nover two lines \\ with <html> & \u0001")]
    public void An_events_reason_header_reads_back_as_the_reason(string reason)
    {
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(new LedgerJson().ReasonHeader(reason));
        Assert.Equal(new Dictionary<string, string> { ["reason"] = reason }, headers);
    }

    public static TheoryData<object> Events() => new()
    {
        new PointsAwarded(Guid.NewGuid(), "intake:e:order-1", SourceKind.Activity, Guid.NewGuid(), 10, "电动车安全驾驶课 (reported by the enterprise)",
            "Training", Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(2026, 11, 30, 8, 51, 37, 94, TimeSpan.FromHours(8)).AddTicks(7), "2026-11",
            new AppliedRule("activity-training", "2026.1")),
        new PointsAwarded(Guid.NewGuid(), "adjust:1", SourceKind.Adjustment, Guid.NewGuid(), -3, "a \"quoted\" <reason> & \u0001", "Adjustment",
            null, Guid.NewGuid(), DateTimeOffset.UnixEpoch, "1970-01"),
        new PointsReversed(Guid.NewGuid(), "reversal:report:1", "report:1", 8, "核实后撤销", "Traffic", Guid.NewGuid(), Guid.NewGuid(), "2026-11"),
    };

    /// <summary>The bodies are written beside the store's serializer, for speed: they must be its JSON.</summary>
    [Theory]
    [MemberData(nameof(Events))]
    public void An_events_body_is_the_stores_json(object @event)
    {
        // As MartenSetup configures the store.
        var options = new StoreOptions();
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        var store = options.Serializer();
        var json = new LedgerJson();
        json.ReasonHeader("written before, so the writer is reused");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(store.ToJson(@event)), JsonNode.Parse(json.Body(@event))));
        Assert.Equal(@event, JsonSerializer.Deserialize(json.Body(@event), @event.GetType(), new JsonSerializerOptions(JsonSerializerDefaults.Web)
            { Converters = { new JsonStringEnumConverter() } }));
    }
}
