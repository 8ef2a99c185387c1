namespace Platform.Points.Contracts;

/// <summary>
/// A request to award points for one source. <paramref name="SourceKey"/> identifies the source
/// (e.g. one attendance): the same key is counted once, however often it is sent.
/// <paramref name="Rule"/> is what set the points, <paramref name="Cap"/> what limits them, and
/// <paramref name="Flags"/> the facts the rule used (night, severe weather, holiday, duplicate).
/// </summary>
[GenerateSerializer, Immutable, Alias("points.AwardRequest")]
public sealed record AwardRequest(
    [property: Id(0)] string SourceKey,
    [property: Id(1)] SourceKind Kind,
    [property: Id(2)] Guid SourceId,
    [property: Id(3)] int Points,
    [property: Id(4)] string Reason,
    [property: Id(5)] string Category,
    [property: Id(6)] Guid? EnterpriseId,
    [property: Id(7)] Guid BranchId,
    [property: Id(8)] DateTimeOffset OccurredAt,
    [property: Id(9)] string? By,
    [property: Id(10)] AppliedRule? Rule = null,
    [property: Id(11)] AwardCap? Cap = null,
    [property: Id(12)] IReadOnlyList<string>? Flags = null);

/// <summary>The point rule, and the version of the rules file, that set an award's points: every award is explainable.</summary>
[GenerateSerializer, Immutable, Alias("points.AppliedRule")]
public sealed record AppliedRule([property: Id(0)] string RuleId, [property: Id(1)] string Version);

/// <summary>
/// "Only the first <paramref name="Limit"/> count": awards sharing <paramref name="Key"/> within one
/// programme day, week or month earn points up to the limit; later ones are recorded with none.
/// </summary>
[GenerateSerializer, Immutable, Alias("points.AwardCap")]
public sealed record AwardCap([property: Id(0)] string Key, [property: Id(1)] int Limit, [property: Id(2)] CapPeriod Period);

/// <summary>The programme period a cap counts in (programme time zone; weeks start on Monday).</summary>
public enum CapPeriod
{
    /// <summary>A programme day (midnight to midnight).</summary>
    Day,

    /// <summary>A programme week, Monday to Sunday.</summary>
    Week,

    /// <summary>A programme month.</summary>
    Month,
}

/// <summary>
/// Takes back the award of <paramref name="SourceKey"/> with a compensating entry (a verification
/// overturned, a mistake): history keeps both. Reversing twice reverses once.
/// </summary>
[GenerateSerializer, Immutable, Alias("points.ReversalRequest")]
public sealed record ReversalRequest([property: Id(0)] string SourceKey, [property: Id(1)] string Reason, [property: Id(2)] string? By);

/// <summary>
/// An award as recorded in the worker's ledger; the same for every attempt with its source key,
/// but <paramref name="IsRepeat"/>: false only for the attempt that recorded it.
/// </summary>
[GenerateSerializer, Immutable, Alias("points.Award")]
public sealed record Award(
    [property: Id(0)] string SourceKey,
    [property: Id(1)] Guid WorkerId,
    [property: Id(2)] SourceKind Kind,
    [property: Id(3)] Guid SourceId,
    [property: Id(4)] int Points,
    [property: Id(5)] string Reason,
    [property: Id(6)] string Category,
    [property: Id(7)] DateTimeOffset AwardedAt,
    [property: Id(8)] string? By,
    [property: Id(9)] bool IsRepeat);

/// <summary>The only writer of one worker's points ledger (key: the worker id).</summary>
[Alias("points.IWorkerPointsGrain")]
public interface IWorkerPointsGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Awards the points once per source key; a repeat is answered with the first award. Points
    /// are positive, except for an <see cref="SourceKind.Adjustment"/>, which may take away.
    /// </summary>
    [Alias("Award")]
    Task<Award> AwardAsync(AwardRequest request);

    /// <summary>
    /// Several awards at once, answered in order, committed together (batch intake): as many
    /// <see cref="AwardAsync"/> calls, at the cost of one.
    /// </summary>
    [Alias("AwardMany")]
    Task<IReadOnlyList<Award>> AwardManyAsync(IReadOnlyList<AwardRequest> requests);

    /// <summary>The compensating entry (negative points), or null when the source was never awarded.</summary>
    [Alias("Reverse")]
    Task<Award?> ReverseAsync(ReversalRequest request);
}
