using GraphQL.Types;
using Platform.Recognition.Committees;

namespace Platform.Recognition.GraphQL;

internal sealed class ReviewCommitteeGraphType : ObjectGraphType<ReviewCommittee>
{
    public ReviewCommitteeGraphType()
    {
        Name = "ReviewCommittee";
        Description = "A committee that reviews the nominations of the schemes naming its code.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Code).Description("What schemes name in review.committee.");
        Field(c => c.Name);
        Field(c => c.Members, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeMemberGraphType>>>));
    }
}

internal sealed class CommitteeMemberGraphType : ObjectGraphType<CommitteeMember>
{
    public CommitteeMemberGraphType()
    {
        Name = "CommitteeMember";
        Description = "A member, with the enterprise and branch that make them recuse themself from a subject of their own.";
        Field(m => m.UserId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.Name);
        Field(m => m.WorkerId, type: typeof(IdGraphType)).Description("When the member is also a registered worker.");
        Field(m => m.EnterpriseId, type: typeof(IdGraphType));
        Field(m => m.BranchId, type: typeof(IdGraphType));
    }
}

internal sealed class AppointedMemberGraphType : ObjectGraphType<AppointedMember>
{
    public AppointedMemberGraphType()
    {
        Name = "AppointedMember";
        Field(a => a.Committee, type: typeof(NonNullGraphType<ReviewCommitteeGraphType>));
        Field(a => a.Member, type: typeof(NonNullGraphType<CommitteeMemberGraphType>));
        Field(a => a.OneTimePassword, nullable: true).Description("For a new account: to hand to the member, who changes it at first sign-in.");
    }
}
