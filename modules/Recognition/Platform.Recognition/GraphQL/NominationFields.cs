using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.GraphQL;

/// <summary>
/// The nomination and honour fields of the <c>recognition</c> group. The roles declared here let
/// the caller in; the services then check the scope (which nomination, which enterprise).
/// </summary>
internal static class NominationFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NominationGraphType>>("nomination")
            .Description("One nomination: the dossier (facts, reviews, history, objections) for its committee and the programme office; the status and outcome for its nominator and its subject.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Reader(c).DossierAsync(c.RequireActor(), c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NominationGraphType>>>>("myNominations")
            .Description("Nominations the signed-in user made, and those of the signed-in worker (once submitted), newest first.")
            .AllowSignedIn()
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var mine = await Reader(c).MineAsync(actor, c.GetArgument<int>("first"), c.CancellationToken);
                return mine.Select(n => NominationReader.ViewFor(actor, n)!).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NominationGraphType>>>>("reviewQueue")
            .Description("What waits for the signed-in committee member: nominations to review, and objections to rule on; oldest first.")
            .AllowRoles(Role.CommitteeMember)
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                return (await Reader(c).ReviewQueueAsync(actor, c.CancellationToken)).Select(n => NominationReader.ViewFor(actor, n)!).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NominationGraphType>>>>("nominations")
            .Description("Every nomination, newest first, for the programme office.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<StringGraphType>("schemeId")
            .Argument<StringGraphType>("period")
            .Argument<NominationStatusGraphType>("status")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var all = await Reader(c).AllAsync(c.GetArgument<string?>("schemeId"), c.GetArgument<string?>("period"),
                    c.GetArgument<NominationStatus?>("status"), c.GetArgument<int>("first"), c.CancellationToken);
                return all.Select(n => NominationReader.ViewFor(actor, n)!).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HonourGraphType>>>>("myHonours")
            .Description("The signed-in worker's honours, revoked ones included.")
            .AllowRoles(Role.Worker)
            .ResolveAsync(async c => await Honours(c).MineAsync(c.RequireActor(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HonourGraphType>>>>("enterpriseRecognitions")
            .Description("Honours of the enterprise itself, its branches and its workers, newest first: for its admins and the programme office.")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("enterpriseId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c => await Honours(c).OfEnterpriseAsync(c.RequireActor(), c.GetArgument<Guid>("enterpriseId"),
                c.GetArgument<int>("first"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicHonourGraphType>>>>("honourRoll")
            .Description("The public honour roll: who was honoured, by which scheme, for which period. Open to anyone.")
            .AllowAnyone()
            .Argument<IntGraphType>("year")
            .Argument<StringGraphType>("schemeId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<IntGraphType>("skip", a => a.DefaultValue = 0)
            .ResolveAsync(async c => await Honours(c).RollAsync(c.GetArgument<int?>("year"), c.GetArgument<string?>("schemeId"),
                c.GetArgument<int>("first"), c.GetArgument<int>("skip"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        NominationStepFields.AddDrafting(mutation);
        NominationStepFields.AddReview(mutation);
        NominationStepFields.AddNotice(mutation);
    }

    private static NominationReader Reader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<NominationReader>();

    private static HonourReader Honours(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<HonourReader>();
}
