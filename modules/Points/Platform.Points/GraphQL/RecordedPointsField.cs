using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Points.GraphQL;

/// <summary>What a source's decision leaves to the ledger: an award under its key, nothing at all (it earned 0), or not yet anything (undecided, rejected).</summary>
internal readonly record struct LedgerClaim(string? SourceKey, bool EarnedNothing)
{
    public static LedgerClaim Under(string sourceKey) => new(sourceKey, false);

    public static readonly LedgerClaim Nothing = new(null, true);

    public static readonly LedgerClaim NotDue = new(null, false);
}

/// <summary>The <c>recordedPoints</c> field, the same on every source: the ledger's points, never the rule's.</summary>
internal static class RecordedPointsField
{
    public const string Description =
        "What the ledger holds for this source: its award plus any reversal of it (0 past a cap, 0 once reversed). "
        + "0 when the decision earned nothing (no entry is written for 0 points); null while nothing is due or the award is not yet in the ledger.";

    public static void AddRecordedPoints<T>(this ObjectGraphType<T> type, Func<T, LedgerClaim> claim) =>
        type.Field<IntGraphType>("recordedPoints").Description(Description).Resolve(c => claim(c.Source) switch
        {
            { SourceKey: { } key } => c.RequestServices!.GetRequiredService<RecordedPointsLoader>().Load(key),
            { EarnedNothing: true } => 0,
            _ => null,
        });
}
