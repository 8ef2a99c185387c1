using Marten;
using Npgsql;
using Platform.Points.Contracts;
using Platform.Points.Leaderboards;
using Platform.Points.Ledger;
using Platform.Points.Storage;

namespace Platform.Points.Rollups;

internal sealed record Difference(string Scope, Guid Id, int Ledger, int Recorded);

/// <param name="Pending">Ledger events the totals and boards had not counted yet; each was compared with the ledger up to what it had counted.</param>
internal sealed record ReconciliationReport(
    int Workers, int Branches, int Enterprises, int DifferenceCount, IReadOnlyList<Difference> Differences, int Pending)
{
    public bool Clean => DifferenceCount == 0;
}

/// <summary>
/// Proves invariant 2: every worker's balance, every branch's and enterprise's total, and every
/// worker's all-time city score equals the sum of the ledger behind it. Balances are written with
/// the ledger and compared with all of it. Totals and boards follow the ledger (<see cref="LedgerTail"/>)
/// and may be behind, so each is compared with the ledger up to the last event it counted: the
/// followers' written position, or further where the total or board has already counted pages the
/// tail has not yet recorded as written. A figure that is merely behind is not a difference; one that missed an event
/// it has passed is. The sums are computed in SQL; totals and boards are asked of their grains.
/// </summary>
internal sealed class Reconciliation(IDocumentStore store, IGrainFactory grains, LedgerPages pages)
{
    /// <summary>At most this many differences are listed; all are counted.</summary>
    public const int MaxListed = 1000;

    private static readonly Dictionary<string, string> ScopeNames = new(StringComparer.Ordinal)
    {
        [ScopeColumn.Worker] = "LEADERBOARD", [ScopeColumn.Branch] = "BRANCH", [ScopeColumn.Enterprise] = "ENTERPRISE",
    };

    private readonly string _events = store.Options.Events.DatabaseSchemaName;
    private readonly string _entries = new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified;
    private readonly string _balances = new BalanceTable(store.Options.DatabaseSchemaName).Qualified;
    private readonly string[] _types = LedgerEvents.TypeNames(store);

    public async Task<ReconciliationReport> RunAsync(CancellationToken cancellationToken)
    {
        var differences = new List<Difference>();
        var count = 0;
        void Found(Difference difference)
        {
            count++;
            if (differences.Count < MaxListed) differences.Add(difference);
        }

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var workers = 0;
        var command = PositionalCommand.For(connection, null, ReconciliationSql.Workers(_entries, _balances));
        await foreach (var row in RowsAsync(command, cancellationToken))
        {
            workers = (int)row.GetInt64(3);
            if (row.GetInt32(1) != row.GetInt32(2)) Found(new Difference("WORKER", row.GetGuid(0), row.GetInt32(1), row.GetInt32(2)));
        }

        // Read before the grains: whatever they show, they have counted at least this far (the
        // written position: a total reloaded after a crash holds that until it is handed the rest).
        var folded = (await pages.BoundsAsync(connection, cancellationToken)).Written;
        var ledger = new Dictionary<(string Kind, Guid Id), int>();
        await foreach (var row in RowsAsync(PositionalCommand.For(connection, null, ReconciliationSql.Sums(_entries), folded), cancellationToken))
            ledger[(row.GetString(0), row.GetGuid(1))] = row.GetInt32(2);

        var counted = await CountedAsync(ledger.Keys);
        var beyond = counted.Where(c => c.Value.UpTo > folded).ToList();
        if (beyond.Count > 0)
        {
            await foreach (var row in RowsAsync(PositionalCommand.For(connection, null, ReconciliationSql.Beyond(_entries), folded,
                               beyond.ConvertAll(b => b.Key.Kind).ToArray(), beyond.ConvertAll(b => b.Key.Id).ToArray(),
                               beyond.ConvertAll(b => b.Value.UpTo).ToArray()), cancellationToken))
            {
                var key = (row.GetString(0), row.GetGuid(1));
                ledger[key] = ledger.GetValueOrDefault(key) + row.GetInt32(2);
            }
        }
        foreach (var (key, (recorded, _)) in counted)
        {
            var sum = ledger.GetValueOrDefault(key);
            if (sum != recorded) Found(new Difference(ScopeNames[key.Kind], key.Id, sum, recorded));
        }

        var pending = (int)(await PositionalCommand.For(connection, null, ReconciliationSql.Pending(_events), folded, _types[0], _types[1]).ExecuteScalarAsync(cancellationToken))!;
        return new ReconciliationReport(workers, ledger.Keys.Count(k => k.Kind == ScopeColumn.Branch),
            ledger.Keys.Count(k => k.Kind == ScopeColumn.Enterprise), count, differences, pending);
    }

    /// <summary>What each board score and total holds, and the last ledger sequence it counted.</summary>
    private async Task<Dictionary<(string Kind, Guid Id), (int Recorded, long UpTo)>> CountedAsync(IEnumerable<(string Kind, Guid Id)> scopes)
    {
        var counted = new Dictionary<(string Kind, Guid Id), (int Recorded, long UpTo)>();
        // The city's all-time board as its readers see it, from memory: workers on it the ledger does not know differ too.
        var city = await grains.GetGrain<ILeaderboardGrain>(LeaderboardGrain.KeyOf(Board.City, Period.AllTime)).ScoresAsync();
        foreach (var (worker, score) in city.Scores) counted[(ScopeColumn.Worker, worker)] = (score, city.Position);
        var totals = scopes.Where(s => s.Kind != ScopeColumn.Worker).Select(async scope =>
        {
            var grain = scope.Kind == ScopeColumn.Branch
                ? grains.GetGrain<IBranchPointsGrain>(scope.Id).GetAsync()
                : grains.GetGrain<IEnterprisePointsGrain>(scope.Id).GetAsync();
            return (scope, await grain);
        });
        foreach (var (scope, total) in await Task.WhenAll(totals)) counted[scope] = (total.Balance, total.LastSequence);
        foreach (var scope in scopes.Where(s => s.Kind == ScopeColumn.Worker)) counted.TryAdd(scope, (0, city.Position));
        return counted;
    }

    private static async IAsyncEnumerable<NpgsqlDataReader> RowsAsync(
        NpgsqlCommand command, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) yield return reader;
        }
    }
}
