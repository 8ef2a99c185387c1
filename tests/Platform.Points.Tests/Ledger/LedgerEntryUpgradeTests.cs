using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Ledger;

/// <summary>A database from before the entries had a table of their own keeps every entry, with its event's place.</summary>
public sealed class LedgerEntryUpgradeTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string Adjust = """
        mutation($w: ID!, $k: String!) { points { adjustPoints(workerId: $w, points: 9, reason: "Helped at the warm station", idempotencyKey: $k) { sourceKey } } }
        """;

    [Fact]
    public async Task Entries_kept_as_documents_move_into_the_table_with_their_events_sequence_and_the_documents_table_goes()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var key = (await platform.Client.SendAsync(Adjust, new { w = world.WorkerA, k = $"upgrade-{Guid.NewGuid():N}" }, world.Admin))
            .Points()["adjustPoints"]!["sourceKey"]!.GetValue<string>();
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var entries = platform.Services.GetRequiredService<LedgerEntries>();
        var upgrade = platform.Services.GetRequiredService<LedgerEntryUpgrade>();
        var table = new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified;
        var documents = $"{store.Options.DatabaseSchemaName}.{LedgerEntryUpgrade.RetiredName}";
        var written = (await entries.LoadAsync(key, CancellationToken.None))!;
        var sequence = (await EntrySequences.OfAsync(platform, [key]))[key];
        // An entry no event stands behind, with every optional part set, written before entries kept
        // their month: it happened on the 1st of November in Shanghai, still October in UTC.
        var orphan = new LedgerEntry($"forged:{Guid.NewGuid():N}", world.WorkerB, SourceKind.Report, Guid.NewGuid(), 6, "A tip-off", "Traffic",
            world.Enterprise, world.Branch, new DateTimeOffset(2026, 10, 31, 17, 30, 0, TimeSpan.Zero), LedgerEntry.Instant(DateTimeOffset.UtcNow), "verifier", "2026-11",
            Rule: new AppliedRule("report-traffic", "2026.1"), Cap: new AwardCap("report.traffic", 3, CapPeriod.Day),
            Flags: ["night", "duplicate"], CapSlot: "report.traffic|2026-11-27");

        // The database as it was: the entries in a documents' table, not in the new one.
        var serializer = store.Options.Serializer();
        await platform.ExecuteAsync($"create table {documents} (id varchar primary key, data jsonb not null)");
        await platform.ExecuteAsync($"insert into {documents} values ($1, $2::jsonb), ($3, $4::jsonb - 'month')", key, serializer.ToJson(written), orphan.Id, serializer.ToJson(orphan));
        await platform.ExecuteAsync($"delete from {table} where key = $1", key);

        await upgrade.RunAsync(CancellationToken.None);
        await upgrade.RunAsync(CancellationToken.None);

        Assert.False(await platform.ScalarAsync<bool>("select to_regclass($1) is not null", documents));
        var sequences = await EntrySequences.OfAsync(platform, [key, orphan.Id]);
        Assert.Equal(sequence, sequences[key]);
        Assert.Equal(0, sequences[orphan.Id]);
        var moved = await entries.LoadManyAsync([key, orphan.Id], CancellationToken.None);
        AssertSame(written, moved.Single(e => e.Id == key));
        AssertSame(orphan, moved.Single(e => e.Id == orphan.Id));
        await platform.ExecuteAsync($"delete from {table} where key = $1", orphan.Id);
    }

    private static void AssertSame(LedgerEntry expected, LedgerEntry actual)
    {
        Assert.Equal(expected.Flags ?? [], actual.Flags ?? []);
        Assert.Equal(expected with { Flags = null }, actual with { Flags = null });
    }
}
