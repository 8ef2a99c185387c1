using Marten;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>A worker's balance as it stands, summed from their rows of <see cref="BalanceTable"/>.</summary>
internal sealed class Balances(IDocumentStore store)
{
    private readonly string _select = $"select month, category, points, entries from {new BalanceTable(store.Options.DatabaseSchemaName).Qualified} where worker_id = $1";

    public async Task<PointsView> OfAsync(Guid workerId, CancellationToken cancellationToken)
    {
        var (balance, entries) = (0, 0);
        var (byMonth, byCategory) = (new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = PositionalCommand.For(connection, null, _select, workerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (month, category, points) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
            balance += points;
            entries += reader.GetInt32(3);
            byMonth[month] = byMonth.GetValueOrDefault(month) + points;
            byCategory[category] = byCategory.GetValueOrDefault(category) + points;
        }
        return new PointsView(workerId, balance, entries, byCategory, byMonth);
    }
}
