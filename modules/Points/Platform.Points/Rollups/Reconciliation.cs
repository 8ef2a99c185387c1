using Marten;
using Npgsql;
using Platform.Points.Contracts;
using Platform.Points.Leaderboards;
using Platform.Points.Ledger;

namespace Platform.Points.Rollups;

internal sealed record Difference(string Scope, Guid Id, int Ledger, int Recorded);

internal sealed record ReconciliationReport(int Workers, int Branches, int Enterprises, int DifferenceCount, IReadOnlyList<Difference> Differences)
{
    public bool Clean => DifferenceCount == 0;
}

/// <summary>
/// Proves invariant 2: every worker's balance, every branch's and enterprise's total, and every
/// worker's all-time city score equals the sum of the ledger entries behind it. The sums are
/// computed in SQL; totals are asked of their grains. Run after the roll-ups have caught up.
/// </summary>
internal sealed class Reconciliation(IDocumentStore store, IGrainFactory grains)
{
    /// <summary>At most this many differences are listed; all are counted.</summary>
    public const int MaxListed = 1000;

    public async Task<ReconciliationReport> RunAsync(CancellationToken cancellationToken)
    {
        var entries = TableOf<LedgerEntry>();
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
        var ledgers = new Dictionary<Guid, int>();
        await foreach (var row in RowsAsync(connection, ReconciliationSql.Workers(entries, TableOf<PointsAccount>()), cancellationToken))
        {
            workers = (int)row.GetInt64(3);
            ledgers[row.GetGuid(0)] = row.GetInt32(1);
            if (row.GetInt32(1) != row.GetInt32(2)) Found(new Difference("WORKER", row.GetGuid(0), row.GetInt32(1), row.GetInt32(2)));
        }
        // The city's all-time board as its readers see it, from memory.
        var city = await grains.GetGrain<ILeaderboardGrain>(LeaderboardGrain.KeyOf(Board.City, Period.AllTime)).ScoresAsync();
        foreach (var worker in ledgers.Keys.Union(city.Keys))
        {
            var (ledger, score) = (ledgers.GetValueOrDefault(worker), city.GetValueOrDefault(worker));
            if (ledger != score) Found(new Difference("LEADERBOARD", worker, ledger, score));
        }

        var branches = await SumsAsync(connection, entries, "branchId", cancellationToken);
        foreach (var (branch, sum) in branches)
        {
            var recorded = (await grains.GetGrain<IBranchPointsGrain>(branch).GetAsync()).Balance;
            if (recorded != sum) Found(new Difference("BRANCH", branch, sum, recorded));
        }
        var enterprises = await SumsAsync(connection, entries, "enterpriseId", cancellationToken);
        foreach (var (enterprise, sum) in enterprises)
        {
            var recorded = (await grains.GetGrain<IEnterprisePointsGrain>(enterprise).GetAsync()).Balance;
            if (recorded != sum) Found(new Difference("ENTERPRISE", enterprise, sum, recorded));
        }
        return new ReconciliationReport(workers, branches.Count, enterprises.Count, count, differences);
    }

    private string TableOf<T>() => store.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;

    private static async Task<Dictionary<Guid, int>> SumsAsync(NpgsqlConnection connection, string entries, string property, CancellationToken cancellationToken)
    {
        var sums = new Dictionary<Guid, int>();
        await foreach (var row in RowsAsync(connection, ReconciliationSql.Sums(entries, property), cancellationToken)) sums[row.GetGuid(0)] = row.GetInt32(1);
        return sums;
    }

    private static async IAsyncEnumerable<NpgsqlDataReader> RowsAsync(
        NpgsqlConnection connection, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return reader;
    }
}
