using Marten;
using Npgsql;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// A worker's earning awards per cap slot (less those reversed), as the worker's grain keeps them.
/// The first count an activation needs reads every slot of the recent months in one query: most
/// awards fall in a slot the grain has not seen yet (a new day, week or month, another activity
/// type), and a read per slot was a round trip for most awards. A slot of an older month is read on
/// its own. After a read, this grain (the ledger's only writer) keeps the counts.
/// </summary>
internal sealed class CapCounts(IDocumentStore store, Guid workerId, ProgrammeCalendar calendar, TimeProvider clock)
{
    /// <summary>How far back the first read goes: beyond every source's window (intake takes 90 days).</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(120);

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly string _entries = new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified;

    // Entries of this month and later were read; a slot of a later month holds no others (a week
    // spans two months at most), so one missing from the counts has none.
    private string? _readFrom;

    /// <summary>The count in <paramref name="slot"/>, an award of <paramref name="month"/>.</summary>
    public async Task<int> CountAsync(string slot, string month)
    {
        if (_counts.TryGetValue(slot, out var count)) return count;
        if (_readFrom is null)
        {
            var recentFrom = calendar.MonthOf(clock.GetUtcNow() - Recent);
            await using var connection = await OpenAsync();
            await using var command = PositionalCommand.For(connection, null, RecentSql(_entries), workerId, recentFrom);
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) _counts[reader.GetString(0)] = reader.GetInt32(1);
            _readFrom = recentFrom;
            if (_counts.TryGetValue(slot, out count)) return count;
        }
        if (string.CompareOrdinal(month, _readFrom) > 0) return _counts[slot] = 0;

        await using (var connection = await OpenAsync())
        await using (var command = PositionalCommand.For(connection, null, SlotSql(_entries), workerId, slot))
            return _counts[slot] = (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>An award took a place in the slot, or gave one back; slots not read are left to be read.</summary>
    public void Add(string slot, int places)
    {
        if (_counts.TryGetValue(slot, out var count)) _counts[slot] = count + places;
    }

    /// <summary>Whether a batch landed is unknown: everything is read again.</summary>
    public void Forget()
    {
        _counts.Clear();
        _readFrom = null;
    }

    /// <summary>Every slot's count among the worker's entries of month $2 and later; $1 the worker. Served by the (worker, slot) index.</summary>
    public static string RecentSql(string entries) => $"""
        select cap_slot, ({Count})::int from {entries}
        where worker_id = $1 and cap_slot is not null and month >= $2 and points <> 0
        group by 1
        """;

    /// <summary>One slot's count ($2) among the worker's ($1) entries.</summary>
    public static string SlotSql(string entries) => $"""
        select ({Count})::int from {entries}
        where worker_id = $1 and cap_slot = $2 and points <> 0
        """;

    private const string Count = "count(*) filter (where points > 0) - count(*) filter (where points < 0)";

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return connection;
    }
}
