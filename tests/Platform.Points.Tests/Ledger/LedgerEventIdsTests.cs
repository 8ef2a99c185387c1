using Platform.Points.Ledger;

namespace Platform.Points.Tests.Ledger;

public sealed class LedgerEventIdsTests
{
    [Fact]
    public void A_batch_of_event_ids_is_distinct_version_7_and_stamped_with_the_time_it_was_made()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var ids = LedgerRows.EventIds(10_000);
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.Equal(7, id.Version);
            Assert.Equal(0b10, id.Variant >> 2);
            var bytes = id.ToByteArray(bigEndian: true);
            var stamp = bytes.Take(6).Aggregate(0L, (ms, b) => (ms << 8) | b);
            Assert.InRange(stamp, before, after);
        });
    }
}
