using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Organization.Branches;
using Platform.Organization.Contracts;
using Platform.Organization.Directory;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;
using Platform.Organization.GraphQL;
using Platform.Organization.Roster;
using Platform.Organization.Workers;

namespace Platform.Organization;

/// <summary>The registry: districts, communities, enterprises and outlets, branches, workers; roster import.</summary>
public sealed class OrganizationModule : IPlatformModule
{
    public string Name => "Organization";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<GeographyCommands>();
        services.AddScoped<GeographyQueries>();
        services.AddScoped<EnterpriseCommands>();
        services.AddScoped<EnterpriseQueries>();
        services.AddScoped<BranchCommands>();
        services.AddScoped<BranchQueries>();
        services.AddScoped<WorkerReferences>();
        services.AddScoped<WorkerRegistration>();
        services.AddScoped<WorkerChanges>();
        services.AddScoped<WorkerQueries>();
        services.AddScoped<RosterImport>();
        services.AddScoped<RegistryLoaders>();
        services.AddSingleton<BranchDistricts>();
        services.AddSingleton<WorkerReads>();
        services.AddScoped<OrganizationDirectory>();
        services.AddScoped<IOrganizationDirectory>(sp => sp.GetRequiredService<OrganizationDirectory>());
        services.AddScoped<IOrganizationRoster>(sp => sp.GetRequiredService<OrganizationDirectory>());
        services.AddSingleton(new ModuleGraph("organization", "Districts, communities, enterprises, branches and workers.",
            typeof(OrganizationQueryGraphType), typeof(OrganizationMutationGraphType)));

        services.ConfigureMarten(options =>
        {
            // Aliases keep the tables ours (org_*) whatever other modules name their documents.
            options.Projections.Snapshot<District>(SnapshotLifecycle.Inline);
            options.Schema.For<District>().DocumentAlias("org_district")
                .UniqueIndex(UniqueIndexType.Computed, "ux_org_district_name", d => d.Name);
            options.Projections.Snapshot<Community>(SnapshotLifecycle.Inline);
            options.Schema.For<Community>().DocumentAlias("org_community")
                .UniqueIndex(UniqueIndexType.Computed, "ux_org_community_name", c => c.DistrictId, c => c.Name);
            options.Projections.Snapshot<Enterprise>(SnapshotLifecycle.Inline);
            options.Schema.For<Enterprise>().DocumentAlias("org_enterprise")
                .UniqueIndex(UniqueIndexType.Computed, "ux_org_enterprise_credit_code", e => e.CreditCode);
            options.Projections.Snapshot<Branch>(SnapshotLifecycle.Inline);
            options.Schema.For<Branch>().DocumentAlias("org_branch")
                .UniqueIndex(UniqueIndexType.Computed, "ux_org_branch_name", b => b.Name)
                .Index(b => b.DistrictId);
            options.Projections.Snapshot<Worker>(SnapshotLifecycle.Inline);
            options.Schema.For<Worker>().DocumentAlias("org_worker")
                .UniqueIndex(UniqueIndexType.Computed, "ux_org_worker_phone", w => w.Phone)
                .Index(w => w.BranchId);
        });
    }
}
