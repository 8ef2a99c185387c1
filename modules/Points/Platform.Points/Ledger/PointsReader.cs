using System.Globalization;
using System.Text;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;

namespace Platform.Points.Ledger;

internal sealed record PointsView(Guid WorkerId, int Balance, int Entries, IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> ByMonth)
{
    /// <summary>Points in the period around a day (all time: the balance).</summary>
    public int InPeriod(PeriodKind kind, DateOnly day) =>
        ProgrammeCalendar.MonthsOf(kind, day) is { } months ? ByMonth.Where(m => months.Contains(m.Key)).Sum(m => m.Value) : Balance;
}

internal sealed record LedgerPage(IReadOnlyList<LedgerEntry> Items, string? NextCursor);

/// <summary>A worker's balance and history, for the worker and for those responsible for them.</summary>
internal sealed class PointsReader(Balances balances, LedgerEntries entries, IOrganizationDirectory directory)
{
    public const int MaxPageSize = 100;

    public async Task<PointsView> AccountAsync(Actor actor, Guid workerId, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(actor, workerId, cancellationToken);
        return await balances.OfAsync(workerId, cancellationToken);
    }

    /// <summary>Newest first, a page at a time; the cursor is the last entry's time and key.</summary>
    public async Task<LedgerPage> EntriesAsync(Guid workerId, int first, string? after, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize) throw PlatformException.Validation($"first is between 1 and {MaxPageSize}.", "first");
        var items = await entries.HistoryAsync(workerId, first + 1, after is null ? null : Decode(after), cancellationToken);
        var page = items.Take(first).ToList();
        return new LedgerPage(page, items.Count > first ? Encode(page[^1]) : null);
    }

    private async Task AuthorizeAsync(Actor actor, Guid workerId, CancellationToken cancellationToken)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin) || actor.HasScope(Role.Worker, workerId.ToString())) return;
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken);
        if (worker is not null
            && (actor.HasScope(Role.Secretary, worker.BranchId.ToString())
                || worker.EnterpriseIds.Any(e => actor.HasScope(Role.EnterpriseAdmin, e.ToString()))))
            return;
        throw PlatformException.Forbidden("Only the worker, their branch's secretary, their enterprises and the programme office see a worker's points.");
    }

    private static string Encode(LedgerEntry entry) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{entry.AwardedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{entry.Id}"));

    private static (DateTimeOffset At, string Key) Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|', 2);
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                return (new DateTimeOffset(ticks, TimeSpan.Zero), parts[1]);
        }
        catch (FormatException)
        {
        }
        throw PlatformException.Validation("The cursor is not one this query gave.", "after");
    }
}
