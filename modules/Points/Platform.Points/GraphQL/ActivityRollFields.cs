using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Points.Activities;

namespace Platform.Points.GraphQL;

/// <summary>Registration before an activity and the closing of its roll after it.</summary>
internal static class ActivityRollFields
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ActivityAttendeeGraphType>>("registerForActivity")
            .Description("The signed-in worker registers for an activity of their branch before it starts; a seat is theirs (CONFLICT, reason FULL, when none is left). Repeats answer the same.")
            .AllowRoles(Role.Worker)
            .Argument<NonNullGraphType<IdGraphType>>("activityId")
            .ResolveAsync(async c => new RollEntry(
                await Commands(c).RegisterAsync(c.RequireActor(), c.GetArgument<Guid>("activityId"), c.CancellationToken), null));

        mutation.Field<NonNullGraphType<ActivityGraphType>>("closeAttendance")
            .Description("After the end the organiser closes the roll: registered workers who did not attend, and those named, are recorded as no-shows (no points). Once; then check-ins and confirmations are refused.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .Argument<NonNullGraphType<IdGraphType>>("activityId")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("noShows", "Workers expected besides the registered ones (e.g. invited) who did not come.")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await Commands(c).CloseAsync(c.RequireActor(), c.GetArgument<Guid>("activityId"),
                c.GetArgument<List<Guid>?>("noShows"), c.GetArgument<string>("reason"), c.CancellationToken));
    }

    private static RollCommands Commands(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RollCommands>();
}
