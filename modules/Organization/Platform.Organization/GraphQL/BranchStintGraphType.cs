using GraphQL.Types;
using Platform.Organization.Workers;

namespace Platform.Organization.GraphQL;

internal sealed class BranchStintGraphType : ObjectGraphType<BranchStint>
{
    public BranchStintGraphType()
    {
        Name = "BranchStint";
        Description = "A time the worker spent in one branch.";
        Field<NonNullGraphType<BranchGraphType>>("branch")
            .Resolve(ctx => ctx.Service<RegistryLoaders>().Branches.Load(ctx.Source.BranchId));
        Field(x => x.From);
        Field(x => x.To, nullable: true).Description("When the worker left; null for the branch the worker is in now.");
        Field(x => x.Reason, nullable: true).Description("Why the worker came to this branch (null for the first).");
    }
}
