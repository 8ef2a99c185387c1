using GraphQL.Types;
using Platform.Organization.Contracts;

namespace Platform.Organization.GraphQL;

internal sealed class BranchKindGraphType : EnumerationGraphType<BranchKind>
{
    public BranchKindGraphType()
    {
        Name = "BranchKind";
        Description = "Where a branch is built: in an ENTERPRISE, an INDUSTRY_ASSOCIATION (行业商协会), or by AREA (区域兜底).";
    }
}
