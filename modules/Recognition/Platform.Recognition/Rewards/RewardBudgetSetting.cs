using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Recognition.Common;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Rewards;

/// <summary>
/// The programme office sets a scheme's budget for a year, raising or lowering it, never below
/// what granted rewards already draw on it (under the budget's lock, so no grant slips in between).
/// </summary>
internal sealed class RewardBudgetSetting(IDocumentSession session, IDocumentStore store, SchemeCatalog schemes)
{
    public const decimal MaxAmount = 1_000_000_000m;

    public async Task<BudgetView> SetAsync(Actor actor, string? schemeId, int year, decimal amount, string? reason, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office sets reward budgets.");
        var scheme = schemes.Require(schemeId ?? "");
        if (year is < 2000 or > 2100) throw PlatformException.Validation("year is between 2000 and 2100.", "year");
        if (amount is < 0 or > MaxAmount || amount != decimal.Round(amount, 2))
            throw PlatformException.Validation($"amount is 0 to {MaxAmount} yuan, to the fen (two decimals).", "amount");
        var why = ChangeReason.Check(reason);

        var id = RewardIds.Budget(scheme.Id, year);
        var stream = await session.Events.FetchForExclusiveWriting<RewardBudget>(id, cancellationToken);
        var current = stream.Aggregate;
        if (current is not null && amount < current.Committed)
            throw new PlatformException(ErrorCodes.Conflict,
                $"Granted rewards already draw {current.Committed} yuan on this budget; it cannot go below that.",
                new Dictionary<string, object?> { ["committed"] = current.Committed });
        if (current is null || current.Amount != amount)
        {
            session.SetHeader("reason", why);
            stream.AppendOne(new RewardBudgetSet(scheme.Id, year, amount, current?.Amount ?? 0, why));
            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (Exception e) when (SaveFailures.IsRace(e))
            {
                // Only the first setting of a year can race (there was no row to lock yet).
                throw PlatformException.Conflict("The budget was set at the same moment; look at it again.");
            }
        }
        await using var fresh = store.QuerySession();
        return await RewardReader.BudgetAsync(fresh, scheme.Id, scheme.Name, year, cancellationToken);
    }
}
