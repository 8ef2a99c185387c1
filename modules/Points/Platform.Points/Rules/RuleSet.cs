using Platform.Points.Contracts;

namespace Platform.Points.Rules;

/// <summary>A rules file, checked: every rule valid, ids unique, no two rules for one source and type at one time.</summary>
internal sealed record RuleSet(string Version, NightHours? Night, IReadOnlySet<DateOnly> Holidays, IReadOnlyList<PointRule> Rules);

/// <summary>Night in programme time: from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive), across midnight when From is later.</summary>
internal sealed record NightHours(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) => From < To ? time >= From && time < To : time >= From || time < To;
}

/// <summary>
/// One rule of the file. <see cref="Type"/> is the activity type, grid task kind or report
/// category; the window is inclusive, in programme dates; <see cref="Line"/> is where it starts.
/// </summary>
internal sealed record PointRule(
    string Id, SourceKind Source, string Type, int Points, int? DuplicatePoints, IReadOnlyDictionary<string, decimal> Multipliers,
    RuleCap? Cap, DateOnly? ValidFrom, DateOnly? ValidTo, int Line)
{
    public bool Covers(DateOnly day) => (ValidFrom is not { } from || day >= from) && (ValidTo is not { } to || day <= to);

    public bool Overlaps(PointRule other) =>
        (ValidFrom is not { } from || other.ValidTo is not { } otherTo || from <= otherTo)
        && (ValidTo is not { } to || other.ValidFrom is not { } otherFrom || otherFrom <= to);
}

/// <summary>"Only the first <see cref="Count"/> per period": awards sharing <see cref="Key"/> (the rule id or a named group).</summary>
internal sealed record RuleCap(string Key, int Count, CapPeriod Per)
{
    public AwardCap ToAwardCap() => new(Key, Count, Per);
}
