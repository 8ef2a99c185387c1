using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Commands;
using Platform.Kernel.Modules;
using Platform.Points.Activities;
using Platform.Points.Contracts;
using Platform.Points.Facts;
using Platform.Points.GraphQL;
using Platform.Points.GridTasks;
using Platform.Points.Intake;
using Platform.Points.Leaderboards;
using Platform.Points.Ledger;
using Platform.Points.Reports;
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
        services.AddOptions<LedgerWriterOptions>().Bind(configuration.GetSection(LedgerWriterOptions.Section))
            .Validate(o => o.MaxBatch is >= 1 and <= 10_000 && o.Writers is >= 1 and <= 16 && o.ParallelFrom >= 1,
                $"{LedgerWriterOptions.Section}: MaxBatch is 1 to 10000, Writers 1 to 16 and ParallelFrom at least 1.")
            .ValidateOnStart();
        services.AddSingleton<LedgerEntries>();
        services.AddSingleton<LedgerEntryUpgrade>();
        services.AddSingleton<BalanceUpgrade>();
        services.AddSingleton<Balances>();
        services.AddSingleton<LedgerWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<LedgerWriter>());
        services.AddScoped<LedgerCommands>();
        services.AddScoped<ActivityCommands>();
        services.AddScoped<ActivityReader>();
        services.AddScoped<Attendance>();
        services.AddActivityRoll();
        services.AddScoped<PointsReader>();
        services.AddScoped<RecordedPointsLoader>();
        services.AddScoped<IPointsFacts, PointsFacts>();
        services.AddScoped<BatchIntake>();
        services.AddSingleton(new ModuleGraph("points", "Points: activities and attendance, grid tasks, reports, point rules, batch intake, the ledger, leaderboards, branch and enterprise totals.", typeof(PointsQueryGraphType), typeof(PointsMutationGraphType)));

        services.AddPointRules(configuration);
        services.AddGridTasks();
        services.AddLeaderboards();
        services.AddReports(configuration);
        services.AddScoped<RollupReader>();
        services.AddScoped<Reconciliation>();
        services.AddSingleton<IPlatformCommand, ReconcileCommand>();
        services.AddSingleton<ILedgerFollower, RollupFollower>();
        services.AddSingleton<LedgerPages>();
        services.AddSingleton<ILedgerCatchUp, LedgerCatchUp>();
        services.AddSingleton(new LedgerTailOptions(configuration.GetValue("Marten:Daemon", DaemonMode.HotCold) != DaemonMode.Disabled));
        services.AddSingleton<LedgerMetrics>();
        services.AddHostedService<LedgerTail>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Activity>(SnapshotLifecycle.Inline);
            options.Schema.For<Activity>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_activity_check_in_code", a => a.CheckInCode)
                .Index(a => a.BranchId);
            options.Storage.ExtendedSchemaObjects.Add(new LedgerEntryTable(options.DatabaseSchemaName).Definition());
            options.Storage.ExtendedSchemaObjects.Add(new BalanceTable(options.DatabaseSchemaName).Definition());
        });
    }
}
