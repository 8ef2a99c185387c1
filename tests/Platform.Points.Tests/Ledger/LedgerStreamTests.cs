using Platform.Points.Ledger;

namespace Platform.Points.Tests.Ledger;

/// <summary>
/// Ledger stream and source ids are stored: they must never change. The stream id and the intake
/// key's id were read from rows the code before 2026-11-30 wrote; every expected id is RFC 4122's
/// version 5 of its name, as Python's <c>uuid.uuid5</c> computes it.
/// </summary>
public sealed class LedgerStreamTests
{
    [Fact]
    public void A_workers_ledger_stream_is_the_one_stored_before()
    {
        Assert.Equal(Guid.Parse("6df3d41a-9851-5358-b097-a3a86458f001"), LedgerStream.For(Guid.Parse("01a22a24-4883-7161-bc95-e9ab5a37b55f")));
    }

    [Theory]
    [InlineData("intake:01a22a2447a97ff7a50595f6ee17abaf:bench-d45cc167-482004", "30926df5-b04b-5419-878f-c3616612630e")]
    [InlineData("adjust:何俊杰-2026-11", "e3632eee-c0cd-5ed5-8a4e-a2b4284ae91b")]
    public void A_keys_source_id_is_the_one_stored_before(string key, string expected)
    {
        Assert.Equal(Guid.Parse(expected), LedgerStream.ForKey(key));
    }

    [Fact]
    public void A_key_longer_than_the_stack_buffer_gets_its_own_id()
    {
        Assert.Equal(Guid.Parse("ebd26d59-ef36-5edb-af58-b5c1ef2be0bd"), LedgerStream.ForKey("intake:" + new string('键', 300)));
    }

    [Fact]
    public void Each_worker_named_in_a_commit_gets_their_own_stream()
    {
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var streams = LedgerStream.ForWorkers([a, b, a]);
        Assert.Equal(new Dictionary<Guid, Guid> { [a] = LedgerStream.For(a), [b] = LedgerStream.For(b) }, streams);
    }
}
