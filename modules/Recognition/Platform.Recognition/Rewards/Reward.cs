using JasperFx.Events;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Rewards;

/// <summary>Where a reward stands.</summary>
internal enum RewardStatus
{
    Granted,
    Refused,
    Delivered,
    Cancelled,
    Reversed,
    RevokedAfterDelivery,
}

/// <summary>One step of a reward's history: the status it led to, who, when and why.</summary>
internal sealed record RewardStep(RewardStatus Status, string? By, DateTimeOffset At, string Reason);

/// <summary>
/// A reward as its stream makes it (inline snapshot: an admin reads a delivery back at once, and
/// the rewards of an honour, a worker or a budget are found by indexed queries).
/// </summary>
internal sealed record Reward(
    Guid Id, Guid HonourId, int Index, string SchemeId, string Period, SubjectKind SubjectKind, Guid SubjectId, string SubjectName,
    RewardKind Kind, decimal Amount, string Description, int? BudgetYear, string CertificateNumber,
    RewardStatus Status, string? RefusalCode, IReadOnlyList<RewardStep> History)
{
    public int Version { get; set; }

    /// <summary>The key its bonus points are awarded under in the worker's ledger: once per honour and index.</summary>
    public string SourceKey => RewardIds.SourceKey(HonourId, Index);

    /// <summary>Whether it draws on the scheme's yearly budget.</summary>
    public bool DrawsOnBudget => BudgetYear is not null;

    public static Reward Create(IEvent<RewardGranted> e)
    {
        var d = e.Data;
        return new Reward(d.RewardId, d.HonourId, d.Index, d.SchemeId, d.Period, d.Subject.Kind, d.Subject.Id, d.SubjectName,
            d.Kind, d.Amount, d.Description, d.BudgetYear, d.CertificateNumber, RewardStatus.Granted, null,
            [new RewardStep(RewardStatus.Granted, e.UserName, e.Timestamp, d.Reason)]);
    }

    public static Reward Create(IEvent<RewardRefused> e)
    {
        var d = e.Data;
        return new Reward(d.RewardId, d.HonourId, d.Index, d.SchemeId, d.Period, d.Subject.Kind, d.Subject.Id, d.SubjectName,
            d.Kind, d.Amount, d.Description, d.BudgetYear, d.CertificateNumber, RewardStatus.Refused, d.Code,
            [new RewardStep(RewardStatus.Refused, e.UserName, e.Timestamp, d.Reason)]);
    }

    public Reward Apply(IEvent<RewardDelivered> e) => Step(RewardStatus.Delivered, e, e.Data.Reason);

    public Reward Apply(IEvent<RewardCancelled> e) => Step(RewardStatus.Cancelled, e, e.Data.Reason);

    public Reward Apply(IEvent<RewardReversed> e) => Step(RewardStatus.Reversed, e, e.Data.Reason);

    public Reward Apply(IEvent<RewardRevokedAfterDelivery> e) => Step(RewardStatus.RevokedAfterDelivery, e, e.Data.Reason);

    private Reward Step(RewardStatus status, IEvent e, string reason) =>
        this with { Status = status, History = [.. History, new RewardStep(status, e.UserName, e.Timestamp, reason)] };
}
