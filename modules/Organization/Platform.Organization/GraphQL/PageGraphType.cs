using GraphQL.Types;
using Platform.Organization.Branches;
using Platform.Organization.Common;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;
using Platform.Organization.Workers;

namespace Platform.Organization.GraphQL;

/// <summary>A page of a keyset-paged list: pass <c>nextCursor</c> as <c>after</c> for the next one.</summary>
internal abstract class PageGraphType<TItem, TItemGraphType> : ObjectGraphType<Page<TItem>>
    where TItemGraphType : IGraphType
{
    protected PageGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(x => x.TotalCount).Description("Items matching the filter, over all pages.");
        Field(x => x.NextCursor, nullable: true).Description("Pass as 'after' for the next page; null on the last.");
    }
}

internal sealed class DistrictPageGraphType() : PageGraphType<District, DistrictGraphType>("DistrictPage");

internal sealed class CommunityPageGraphType() : PageGraphType<Community, CommunityGraphType>("CommunityPage");

internal sealed class EnterprisePageGraphType() : PageGraphType<Enterprise, EnterpriseGraphType>("EnterprisePage");

internal sealed class BranchPageGraphType() : PageGraphType<Branch, BranchGraphType>("BranchPage");

internal sealed class WorkerPageGraphType() : PageGraphType<Worker, WorkerGraphType>("WorkerPage");
