using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Rewards and budgets for their readers. <see cref="OfHonourAsync(Guid, CancellationToken)"/> is
/// for other parts of the module (the nomination dossier): it checks nobody, its caller does.
/// </summary>
internal sealed class RewardReader(IQuerySession session, IOrganizationDirectory directory, SchemeCatalog schemes)
{
    /// <summary>An honour's rewards in index order (none before they are granted), for a caller that has checked access.</summary>
    public async Task<IReadOnlyList<Reward>> OfHonourAsync(Guid honourId, CancellationToken cancellationToken) =>
        await session.Query<Reward>().Where(r => r.HonourId == honourId).OrderBy(r => r.Index).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Reward>> OfHonourAsync(Actor actor, Guid honourId, CancellationToken cancellationToken)
    {
        var certificate = await session.LoadAsync<Certificate>(honourId, cancellationToken)
            ?? throw PlatformException.NotFound($"No honour {honourId} has been granted rewards.");
        if (!await RewardAccess.SeesAsync(actor, certificate.Subject, directory, cancellationToken))
            throw PlatformException.Forbidden("An honour's rewards are seen by the programme office, the honoured worker or enterprise, and the worker's enterprise admins.");
        return await OfHonourAsync(honourId, cancellationToken);
    }

    /// <summary>The signed-in worker's rewards, newest first.</summary>
    public async Task<IReadOnlyList<Reward>> MineAsync(Actor actor, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("The account is not linked to one worker.");
        var rewards = await session.Query<Reward>()
            .Where(r => r.SubjectId == workerId && r.SubjectKind == SubjectKind.Worker).ToListAsync(cancellationToken);
        return [.. rewards.OrderByDescending(r => r.History[0].At).ThenBy(r => r.HonourId).ThenBy(r => r.Index)];
    }

    /// <summary>The vouchers and cash on a scheme's budget for a year (optionally of one status, e.g. REFUSED), oldest first.</summary>
    public async Task<IReadOnlyList<Reward>> OnBudgetAsync(Actor actor, string? schemeId, int year, RewardStatus? status, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office reads reward budgets.");
        if (year is < 2000 or > 2100) throw PlatformException.Validation("year is between 2000 and 2100.", "year");
        var scheme = schemeId ?? "";
        var query = session.Query<Reward>().Where(r => r.SchemeId == scheme && r.BudgetYear == year);
        if (status is { } s) query = query.Where(r => r.Status == s);
        var rewards = await query.ToListAsync(cancellationToken);
        return [.. rewards.OrderBy(r => r.History[0].At).ThenBy(r => r.HonourId).ThenBy(r => r.Index)];
    }

    /// <summary>Every scheme's budget for the year (a scheme without one shows 0), and any budget of a scheme since removed.</summary>
    public async Task<IReadOnlyList<BudgetView>> BudgetsAsync(Actor actor, int year, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office reads reward budgets.");
        if (year is < 2000 or > 2100) throw PlatformException.Validation("year is between 2000 and 2100.", "year");
        var set = await session.Query<RewardBudget>().Where(b => b.Year == year).Select(b => b.SchemeId).ToListAsync(cancellationToken);
        var ids = schemes.All.Select(s => s.Id).Union(set).Order(StringComparer.Ordinal);
        var views = new List<BudgetView>();
        foreach (var id in ids)
            views.Add(await BudgetAsync(session, id, schemes.Find(id)?.Name ?? new LocalizedName(id, id), year, cancellationToken));
        return views;
    }

    public static async Task<BudgetView> BudgetAsync(IQuerySession session, string schemeId, LocalizedName name, int year, CancellationToken cancellationToken)
    {
        var budget = await session.LoadAsync<RewardBudget>(RewardIds.Budget(schemeId, year), cancellationToken);
        var refused = await session.Query<Reward>()
            .CountAsync(r => r.SchemeId == schemeId && r.BudgetYear == year && r.Status == RewardStatus.Refused, cancellationToken);
        return new BudgetView(schemeId, name, year, budget?.Amount ?? 0, budget?.Committed ?? 0, budget?.Delivered ?? 0, refused, budget?.Changes ?? []);
    }
}
