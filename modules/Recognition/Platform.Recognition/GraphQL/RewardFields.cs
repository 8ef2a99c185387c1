using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Rewards;

namespace Platform.Recognition.GraphQL;

/// <summary>
/// The reward, budget and certificate fields of the <c>recognition</c> group. The roles declared
/// here let the caller in; the services then check the scope (whose honour, which enterprise).
/// </summary>
internal static class RewardFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RewardGraphType>>>>("myRewards")
            .Description("The signed-in worker's rewards, newest first, with their status.")
            .AllowRoles(Role.Worker)
            .ResolveAsync(async c => await Reader(c).MineAsync(c.RequireActor(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RewardGraphType>>>>("rewardsOfHonour")
            .Description("An honour's rewards in order: for the programme office, the honoured worker or enterprise, and the worker's enterprise admins. NOT_FOUND before they are granted.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Worker, Role.EnterpriseAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("honourId")
            .ResolveAsync(async c => await Reader(c).OfHonourAsync(c.RequireActor(), Id(c, "honourId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RewardBudgetGraphType>>>>("rewardBudgets")
            .Description("Every scheme's reward budget for the year: amount, committed, delivered, remaining, refused. Programme office.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async c => await Reader(c).BudgetsAsync(c.RequireActor(), c.GetArgument<int>("year"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RewardGraphType>>>>("budgetRewards")
            .Description("The vouchers and cash on a scheme's budget for a year, oldest first; with a status, only those (REFUSED: what the budget could not cover). Programme office.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("schemeId")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<RewardStatusGraphType>("status")
            .ResolveAsync(async c => await Reader(c).OnBudgetAsync(c.RequireActor(), c.GetArgument<string?>("schemeId"), c.GetArgument<int>("year"),
                c.GetArgument<RewardStatus?>("status"), c.CancellationToken));

        query.Field<CertificateGraphType>("certificate")
            .Description("Verifies a certificate by its number (from its QR code or link): open to anyone. Null when no honour has that number.")
            .AllowAnyone()
            .Argument<NonNullGraphType<StringGraphType>>("number", "1 to 64 characters.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CertificateReader>()
                .ByNumberAsync(c.GetArgument<string?>("number"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RewardBudgetGraphType>>("setRewardBudget")
            .Description("The programme office sets a scheme's yearly budget for vouchers and cash (yuan), raising or lowering it, never below what is committed (CONFLICT). Setting the same amount again changes nothing.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("schemeId")
            .Argument<NonNullGraphType<IntGraphType>>("year", "2000 to 2100.")
            .Argument<NonNullGraphType<DecimalGraphType>>("amount", "0 to 1,000,000,000 yuan, at most two decimals.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "2 to 500 characters.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<RewardBudgetSetting>().SetAsync(c.RequireActor(),
                c.GetArgument<string?>("schemeId"), c.GetArgument<int>("year"), c.GetArgument<decimal>("amount"), c.GetArgument<string?>("reason"),
                c.CancellationToken));

        mutation.Field<NonNullGraphType<RewardGraphType>>("markRewardDelivered")
            .Description("Marks a granted reward delivered, saying how. The programme office, any reward but bonus points (the ledger delivers those); an enterprise admin, its own enterprise's title and skills-rating rewards. Repeating it answers the same.")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("rewardId")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "2 to 500 characters.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<RewardDelivery>().MarkDeliveredAsync(c.RequireActor(),
                Id(c, "rewardId"), c.GetArgument<string?>("reason"), c.CancellationToken));
    }

    private static RewardReader Reader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RewardReader>();

    /// <summary>A malformed id is the caller's mistake (VALIDATION on the argument), not an internal error.</summary>
    private static Guid Id(IResolveFieldContext c, string name)
    {
        var text = c.GetArgument<string?>(name);
        return Guid.TryParse(text, out var id) ? id : throw PlatformException.Validation($"{name} is not a valid id.", name);
    }
}
