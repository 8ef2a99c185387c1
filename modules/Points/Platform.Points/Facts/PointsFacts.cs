using System.Globalization;
using Marten;
using Npgsql;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Reports;

namespace Platform.Points.Facts;

/// <summary>Points facts over the ledger entries and reports, summed in SQL: no ledger is read into memory.</summary>
internal sealed class PointsFacts(IDocumentStore store, IOrganizationRoster roster, ProgrammeCalendar calendar) : IPointsFacts
{
    public const int MaxFirst = 1000;

    private readonly string _entries = new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified;

    public async Task<WorkerPointsFacts> WorkerAsync(Guid workerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var points = await TallyAsync(connection, "worker_id", workerId, from, to, cancellationToken);
        await using var command = new NpgsqlCommand(FactsSql.VerifiedReports(TableOf<Report>()), connection)
        {
            Parameters = { new() { Value = workerId }, new() { Value = from.ToUniversalTime() }, new() { Value = to.ToUniversalTime() } },
        };
        var reports = (int)(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
        return new WorkerPointsFacts(workerId, points, reports);
    }

    public async Task<PointsTally> BranchAsync(Guid branchId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await TallyAsync(connection, "branch_id", branchId, from, to, cancellationToken);
    }

    public async Task<PointsTally> EnterpriseAsync(Guid enterpriseId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await TallyAsync(connection, "enterprise_id", enterpriseId, from, to, cancellationToken);
    }

    public async Task<IReadOnlyList<PointsStanding>> TopAsync(PointsRanking ranking, CancellationToken cancellationToken)
    {
        if (ranking.First is < 1 or > MaxFirst) throw PlatformException.Validation($"first is between 1 and {MaxFirst}.", "first");
        var holder = ranking.Holder switch
        {
            PointsHolder.Worker => "worker_id",
            PointsHolder.Branch => "branch_id",
            _ => "enterprise_id",
        };
        var scope = await ScopeAsync(ranking, cancellationToken);
        if (scope is { Condition: null }) return [];

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(FactsSql.Top(_entries, holder, scope?.Condition, ranking.After is not null), connection);
        AddPeriod(command, ranking.From, ranking.To);
        command.Parameters.Add(new() { Value = ranking.First });
        if (ranking.After is { } after)
        {
            command.Parameters.Add(new() { Value = after.Points });
            command.Parameters.Add(new() { Value = after.Id });
        }
        if (scope?.Value is { } value) command.Parameters.Add(new() { Value = value });
        var standings = new List<PointsStanding>(ranking.First);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) standings.Add(new PointsStanding(reader.GetGuid(0), reader.GetInt32(1)));
        return standings;
    }

    /// <summary>Where workers earned, as a condition on the last parameter; a condition of null means nobody can match.</summary>
    private async Task<(string? Condition, object? Value)?> ScopeAsync(PointsRanking ranking, CancellationToken cancellationToken)
    {
        var restrictions = (ranking.BranchId is null ? 0 : 1) + (ranking.EnterpriseId is null ? 0 : 1) + (ranking.DistrictIds is null ? 0 : 1);
        if (restrictions == 0) return null;
        if (restrictions > 1 || !(ranking.Holder == PointsHolder.Worker || (ranking.Holder == PointsHolder.Branch && ranking.EnterpriseId is not null)))
            throw PlatformException.Validation(
                "A worker ranking is restricted to one of a branch, an enterprise or districts; a branch ranking to an enterprise; an enterprise ranking not at all.", "scope");
        var next = $"${(ranking.After is null ? 5 : 7)}";
        if (ranking.BranchId is { } branch) return ($"branch_id = {next}", branch);
        if (ranking.EnterpriseId is { } enterprise) return ($"enterprise_id = {next}", enterprise);
        var branches = (await roster.BranchesOfDistrictsAsync(ranking.DistrictIds!, cancellationToken)).Select(b => b.BranchId).ToArray();
        return branches.Length == 0 ? (null, null) : ($"branch_id = any({next})", branches);
    }

    private async Task<PointsTally> TallyAsync(
        NpgsqlConnection connection, string column, Guid id, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(FactsSql.ByCategory(_entries, column), connection);
        AddPeriod(command, from, to);
        command.Parameters.Add(new() { Value = id });
        var byCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) byCategory[reader.GetString(0)] = reader.GetInt32(1);
        return new PointsTally(byCategory.Values.Sum(), byCategory);
    }

    private void AddPeriod(NpgsqlCommand command, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) throw PlatformException.Validation("A period ends after it begins.", "period");
        command.Parameters.Add(new() { Value = MonthsOf(from, to) });
        command.Parameters.Add(new() { Value = from.ToUniversalTime() });
        command.Parameters.Add(new() { Value = to.ToUniversalTime() });
    }

    /// <summary>The programme months [from, to) touches, so the indexed month narrows the scan before the exact bounds.</summary>
    private string[] MonthsOf(DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<string>();
        var last = calendar.MonthOf(to.AddTicks(-1));
        var start = DateOnly.FromDateTime(calendar.LocalOf(from));
        for (var first = new DateOnly(start.Year, start.Month, 1); ; first = first.AddMonths(1))
        {
            var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months.Add(month);
            if (string.CompareOrdinal(month, last) >= 0) return [.. months];
        }
    }

    private string TableOf<T>() => store.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
