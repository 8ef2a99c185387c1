using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Common;
using Platform.Organization.Enterprises;
using Platform.Organization.Workers;

namespace Platform.Organization.Roster;

/// <summary>
/// Imports an enterprise's roster: every row is checked and planned in memory against data loaded
/// in a few queries, then written in batches (one transaction per <see cref="BatchSize"/> rows,
/// see <see cref="RosterWriter"/>). One bad row never spoils the others.
/// </summary>
internal sealed class RosterImport(IDocumentStore store, IDocumentSession session)
{
    public const int MaxRows = 5000;
    public const int BatchSize = 500;

    public async Task<RosterImportResult> ImportAsync(Actor actor, Guid enterpriseId, string csv, string reason, CancellationToken cancellationToken)
    {
        actor.RequireEnterpriseAdmin(enterpriseId);
        var checkedReason = ChangeReason.Check(reason);
        var records = Parse(csv);
        var header = RosterHeader.Parse(records[0]);
        var rows = records.Skip(1).ToList();
        if (rows.Count > MaxRows)
            throw PlatformException.Validation($"A roster has at most {MaxRows} rows per import; this one has {rows.Count}: split it.", "csv");
        var enterprise = await session.LoadAsync<Enterprise>(enterpriseId, cancellationToken)
            ?? throw PlatformException.NotFound($"No enterprise has id {enterpriseId}.");

        var lookups = await RosterLookups.LoadAsync(session, enterprise,
            References(rows, header, RosterColumn.Branch), References(rows, header, RosterColumn.Community),
            rows.Select(r => PhoneNumber.TryNormalize(header.Get(r, RosterColumn.Phone), out var p) ? p : null).OfType<string>().ToHashSet(),
            cancellationToken);

        var results = new RosterRowResult[rows.Count];
        var planned = new List<PlannedRow>();
        var firstRowOfPhone = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var line = RosterLine.Read(rows[i], header, lookups, out var why);
            if (line is null || !firstRowOfPhone.TryAdd(line.Phone, rows[i].Row))
            {
                var message = line is null ? why : $"The phone is on row {firstRowOfPhone[line.Phone]} already.";
                results[i] = new RosterRowResult(rows[i].Row, line?.Phone ?? header.Get(rows[i], RosterColumn.Phone), RosterOutcome.Rejected, null, message);
                continue;
            }
            var existing = lookups.WorkersByPhone.GetValueOrDefault(line.Phone);
            var (outcome, write, note) = RosterPlan.Decide(line, existing, enterpriseId, checkedReason);
            results[i] = new RosterRowResult(line.Row, line.Phone, outcome, write?.WorkerId ?? existing?.Id, note);
            if (write is not null) planned.Add(new PlannedRow(i, line, write));
        }

        var writer = new RosterWriter(store, session, enterpriseId, checkedReason);
        foreach (var batch in planned.Chunk(BatchSize)) await writer.WriteAsync(batch, results, cancellationToken);
        return new RosterImportResult(results);
    }

    private static IReadOnlyList<CsvRecord> Parse(string csv)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Read(csv ?? "");
        }
        catch (FormatException e)
        {
            throw PlatformException.Validation($"The CSV cannot be read: {e.Message}", "csv");
        }
        return records.Count > 0 ? records : throw PlatformException.Validation("The CSV is empty: it starts with a header row.", "csv");
    }

    private static HashSet<string> References(IEnumerable<CsvRecord> rows, RosterHeader header, RosterColumn column) =>
        rows.Select(r => header.Get(r, column)).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
}
