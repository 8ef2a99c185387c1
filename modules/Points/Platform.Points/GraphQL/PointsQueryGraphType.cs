using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Points.Activities;
using Platform.Points.Ledger;

namespace Platform.Points.GraphQL;

internal sealed class PointsQueryGraphType : ObjectGraphType
{
    public PointsQueryGraphType()
    {
        Name = "PointsQuery";
        Description = "Points, where they came from, and activities.";

        Field<NonNullGraphType<PointsAccountGraphType>>("myPoints")
            .Description("The signed-in worker's points.")
            .AllowRoles(Role.Worker)
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("The account is not linked to one worker.");
                return await Reader(c).AccountAsync(actor, workerId, c.CancellationToken);
            });

        Field<NonNullGraphType<PointsAccountGraphType>>("workerPoints")
            .Description("A worker's points, for the programme office, the worker's secretary and enterprises.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary, Role.EnterpriseAdmin, Role.Worker)
            .Argument<NonNullGraphType<IdGraphType>>("workerId")
            .ResolveAsync(async c => await Reader(c).AccountAsync(c.RequireActor(), c.GetArgument<Guid>("workerId"), c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityGraphType>>>>("activities")
            .Description("A branch's activities, newest first (at most 200 in the window).")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary, Role.Worker)
            .Argument<NonNullGraphType<IdGraphType>>("branchId")
            .Argument<DateTimeOffsetGraphType>("from")
            .Argument<DateTimeOffsetGraphType>("to")
            .ResolveAsync(async c => await Activities(c).OfBranchAsync(c.RequireActor(), c.GetArgument<Guid>("branchId"),
                c.GetArgument<DateTimeOffset?>("from"), c.GetArgument<DateTimeOffset?>("to"), c.CancellationToken));

        Field<ActivityGraphType>("activity")
            .Description("One activity, or null.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary, Role.Worker)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Activities(c).ByIdAsync(c.RequireActor(), c.GetArgument<Guid>("id"), c.CancellationToken));

        RollupFields.AddTo(this);
        GridTaskFields.AddQueries(this);
        LeaderboardFields.AddQueries(this);
        ReportFields.AddQueries(this);
        PointRulesFields.AddQueries(this);
    }

    private static PointsReader Reader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<PointsReader>();

    private static ActivityReader Activities(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ActivityReader>();
}
