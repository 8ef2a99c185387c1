using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Recognition.Committees;

namespace Platform.Recognition.GraphQL;

/// <summary>The committee fields of the <c>recognition</c> group.</summary>
internal static class CommitteeFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewCommitteeGraphType>>>>("reviewCommittees")
            .Description("Every committee for the programme office; a member's own committees for a member.")
            .AllowRoles(Role.ProgrammeAdmin, Role.CommitteeMember)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CommitteeReader>().VisibleAsync(c.RequireActor(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReviewCommitteeGraphType>>("formReviewCommittee")
            .Description("The programme office forms a committee; schemes name it by code in review.committee.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("code", "2 to 40 lower-case letters, digits and hyphens; unique.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await Commands(c).FormAsync(c.RequireActor(), c.GetArgument<string>("code"), c.GetArgument<string>("name"),
                c.GetArgument<string>("reason"), c.CancellationToken));

        mutation.Field<NonNullGraphType<AppointedMemberGraphType>>("appointCommitteeMember")
            .Description("Appoints a person to a committee, giving their account (made if needed) the COMMITTEE_MEMBER role for it. Their enterprise, branch or worker record is what automatic recusal compares with each subject.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("committeeId")
            .Argument<NonNullGraphType<StringGraphType>>("phone")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<IdGraphType>("workerId", "When the member is also a registered worker.")
            .Argument<IdGraphType>("enterpriseId", "The enterprise the member works for, if any.")
            .Argument<IdGraphType>("branchId", "The branch the member belongs to, if any.")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await Commands(c).AppointAsync(c.RequireActor(), c.GetArgument<Guid>("committeeId"),
                new NewMember(c.GetArgument<string>("phone"), c.GetArgument<string>("name"), c.GetArgument<Guid?>("workerId"),
                    c.GetArgument<Guid?>("enterpriseId"), c.GetArgument<Guid?>("branchId")),
                c.GetArgument<string>("reason"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ReviewCommitteeGraphType>>("removeCommitteeMember")
            .Description("Removes a member; nominations already assigned keep the members they were assigned.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("committeeId")
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await Commands(c).RemoveAsync(c.RequireActor(), c.GetArgument<Guid>("committeeId"), c.GetArgument<Guid>("userId"),
                c.GetArgument<string>("reason"), c.CancellationToken));
    }

    private static CommitteeCommands Commands(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<CommitteeCommands>();
}
