using GraphQL;
using GraphQL.Types;
using Platform.Access.Contracts;
using Platform.Organization.Branches;
using Platform.Organization.Common;
using Platform.Organization.Contracts;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;

namespace Platform.Organization.GraphQL;

/// <summary>Changes to the registry; each takes a reason, kept with the change (who and when are recorded too).</summary>
internal sealed class OrganizationMutationGraphType : ObjectGraphType
{
    public OrganizationMutationGraphType()
    {
        Name = "OrganizationMutation";
        Description = "Registering districts, communities, enterprises, outlets, branches and workers; roster import.";

        Field<NonNullGraphType<DistrictGraphType>>("createDistrict")
            .Description("Registers a district (镇街); names are unique.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<GeographyCommands>().CreateDistrictAsync(
                ctx.GetArgument<string>("name"), ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        Field<NonNullGraphType<CommunityGraphType>>("createCommunity")
            .Description("Registers a community (村/社区) in a district; names are unique within the district.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<IdGraphType>>("districtId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<GeographyCommands>().CreateCommunityAsync(
                ctx.GetArgument<string>("name"), ctx.Id("districtId"), ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        Field<NonNullGraphType<EnterpriseGraphType>>("createEnterprise")
            .Description("Registers an enterprise; the unified social credit code is checked (GB 32100-2015) and unique.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<StringGraphType>>("creditCode")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<SectorGraphType>>>>("sectors")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<EnterpriseCommands>().CreateAsync(
                ctx.GetArgument<string>("name"), ctx.GetArgument<string>("creditCode"), ctx.GetArgument<List<Sector>>("sectors"),
                ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        Field<NonNullGraphType<EnterpriseGraphType>>("addOutlet")
            .Description("Adds an outlet (营业网点) to an enterprise; names are unique within the enterprise.")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("enterpriseId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<IdGraphType>>("districtId")
            .Argument<NonNullGraphType<StringGraphType>>("address")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<EnterpriseCommands>().AddOutletAsync(
                ctx.RequireActor(), ctx.Id("enterpriseId"), ctx.GetArgument<string>("name"), ctx.Id("districtId"),
                ctx.GetArgument<string>("address"), ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        Field<NonNullGraphType<BranchGraphType>>("createBranch")
            .Description("Registers a branch (支部); names are unique. A branch of kind ENTERPRISE names its enterprise, others none.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<BranchKindGraphType>>("kind")
            .Argument<NonNullGraphType<IdGraphType>>("districtId")
            .Argument<IdGraphType>("enterpriseId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<BranchCommands>().CreateAsync(
                ctx.GetArgument<string>("name"), ctx.GetArgument<BranchKind>("kind"), ctx.Id("districtId"), ctx.OptionalId("enterpriseId"),
                ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        WorkerMutations.AddTo(this);
    }
}
