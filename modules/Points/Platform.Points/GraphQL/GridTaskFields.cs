using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Points.GridTasks;

namespace Platform.Points.GraphQL;

/// <summary>
/// The grid task fields of the <c>points</c> group. The roles declared here let the caller in; the
/// services then check the scope (which worker, which community).
/// </summary>
internal static class GridTaskFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<GridTaskPageGraphType>>("myGridTasks")
            .Description("The signed-in grid volunteer's grid tasks, newest first.")
            .AllowRoles(Role.Worker)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Reader(c).MineAsync(
                c.RequireActor(), c.GetArgument<int>("first"), c.GetArgument<string?>("after"), c.CancellationToken));

        query.Field<NonNullGraphType<GridTaskPageGraphType>>("gridTaskQueue")
            .Description("Grid tasks of the verifier's communities (all, for the programme office), oldest first.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Verifier)
            .Argument<IdGraphType>("communityId", "One community; default: every community the verifier verifies.")
            .Argument<GridTaskStatusGraphType>("status", a => a.DefaultValue = GridTaskStatus.Submitted)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Reader(c).QueueAsync(c.RequireActor(), OptionalId(c, "communityId"),
                c.GetArgument<GridTaskStatus>("status"), c.GetArgument<int>("first"), c.GetArgument<string?>("after"), c.CancellationToken));

        query.Field<GridTaskGraphType>("gridTask")
            .Description("One grid task, or null: for its volunteer, the community's verifiers and the programme office.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Verifier, Role.Worker)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Reader(c).ByIdAsync(c.RequireActor(), Id(c, "id"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GridTaskGraphType>>("submitGridTask")
            .Description("A grid volunteer reports grid work done in their community, within 30 days. With an idempotencyKey, a repeat returns the first submission.")
            .AllowRoles(Role.Worker)
            .Argument<NonNullGraphType<GridTaskKindGraphType>>("kind")
            .Argument<NonNullGraphType<IdGraphType>>("communityId", "The volunteer's own community.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("doneAt")
            .Argument<NonNullGraphType<StringGraphType>>("description", "5 to 1000 characters.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("evidence", "Up to 10 photo ids or URLs, each up to 500 characters.")
            .Argument<StringGraphType>("idempotencyKey", "Chosen by the client, up to 100 characters; the same key answers with the same task.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<GridTaskSubmission>().SubmitAsync(c.RequireActor(),
                new NewGridTask(c.GetArgument<GridTaskKind>("kind"), Id(c, "communityId"), c.GetArgument<DateTimeOffset>("doneAt"),
                    c.GetArgument<string>("description"), c.GetArgument<List<string>?>("evidence"), c.GetArgument<string?>("idempotencyKey")),
                c.CancellationToken));

        mutation.Field<NonNullGraphType<GridTaskGraphType>>("acceptGridTask")
            .Description("A verifier of the task's community accepts it; the volunteer earns the kind's points, once. Repeating it answers the same and completes a failed award.")
            .AllowRoles(Role.Verifier)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("note", "Up to 500 characters.")
            .ResolveAsync(async c => await Decisions(c).AcceptAsync(c.RequireActor(), Id(c, "id"), c.GetArgument<string?>("note"), c.CancellationToken));

        mutation.Field<NonNullGraphType<GridTaskGraphType>>("rejectGridTask")
            .Description("A verifier of the task's community rejects it, saying why; it earns nothing. Repeating it answers the same.")
            .AllowRoles(Role.Verifier)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "2 to 500 characters.")
            .ResolveAsync(async c => await Decisions(c).RejectAsync(c.RequireActor(), Id(c, "id"), c.GetArgument<string?>("reason"), c.CancellationToken));
    }

    private static GridTaskReader Reader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<GridTaskReader>();

    private static GridTaskDecisions Decisions(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<GridTaskDecisions>();

    /// <summary>A malformed id is the caller's mistake (VALIDATION on the argument), not an internal error.</summary>
    private static Guid Id(IResolveFieldContext c, string name) =>
        OptionalId(c, name) ?? throw PlatformException.Validation($"{name} is required.", name);

    private static Guid? OptionalId(IResolveFieldContext c, string name)
    {
        var text = c.GetArgument<string?>(name);
        if (text is null) return null;
        return Guid.TryParse(text, out var id) ? id : throw PlatformException.Validation($"{name} is not a valid id.", name);
    }
}
