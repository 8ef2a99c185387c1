using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Points.Activities;
using Platform.Points.GraphQL;
using Platform.Points.GridTasks;
using Platform.Points.Ledger;
using Platform.Points.Rollups;
using Platform.Points.Rules;

namespace Platform.Points;

/// <summary>Activities, attendance and the points ledger of every worker.</summary>
public sealed class PointsModule : IPlatformModule
{
    public string Name => "Points";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PointsOptions>().Bind(configuration.GetSection(PointsOptions.Section));
        services.AddSingleton<ProgrammeCalendar>();
        services.AddScoped<LedgerCommands>();
        services.AddScoped<ActivityCommands>();
        services.AddScoped<ActivityReader>();
        services.AddScoped<Attendance>();
        services.AddScoped<PointsReader>();
        services.AddSingleton(new ModuleGraph("points", "Points: activities and attendance, grid tasks, point rules, the ledger, branch and enterprise totals.", typeof(PointsQueryGraphType), typeof(PointsMutationGraphType)));

        services.AddPointRules(configuration);
        services.AddGridTasks();
        services.AddScoped<RollupReader>();
        services.AddScoped<Reconciliation>();
        services.ConfigureMarten((provider, options) =>
            options.Events.Subscribe(new LedgerRollupSubscription(provider.GetRequiredService<IGrainFactory>())));
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Activity>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<PointsAccount>(SnapshotLifecycle.Inline);
            options.Schema.For<Activity>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_activity_check_in_code", a => a.CheckInCode)
                .Index(a => a.BranchId);
            options.Schema.For<LedgerEntry>()
                .Index(e => e.WorkerId)
                .Index(e => e.SourceId);
        });
    }
}
