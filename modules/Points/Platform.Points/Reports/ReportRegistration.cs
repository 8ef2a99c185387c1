using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Points.Sources;
using Microsoft.Extensions.Options;

namespace Platform.Points.Reports;

/// <summary>Everything reports need, in one call from <see cref="PointsModule"/>, so the feature stays in its folder.</summary>
internal static class ReportRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            // A misspelt key would otherwise leave the default silently in place, and a key of the old
            // per-category points (Categories:Fire, DuplicatePoints) would look as if it still counted.
            .Bind(configuration.GetSection(ReportOptions.Section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidation>();
        services.AddSingleton<ReportPoints>();
        services.AddScoped<ReportDuplicates>();
        services.AddScoped<ReportSubmission>();
        services.AddScoped<ReportDecisions>();
        services.AddScoped<ReportReader>();
        services.AddSingleton<ILedgerFollower, OverturnedReportAwards>();

        services.ConfigureMarten((provider, options) =>
        {
            options.Events.Subscribe(new AwardBackstopSubscription<ReportVerified, Report>(
                "report_awards", provider, verified => verified.ReportId,
                report => report.Status == ReportStatus.Verified ? report.WorkerId : null, ReportAward.For));
            options.Events.Subscribe(new ReportReversalSubscription(provider));
        });
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Report>(SnapshotLifecycle.Inline);
            options.Events.AddEventType<ReportAwardRecorded>();
            options.Schema.For<Report>()
                .DocumentAlias("points_report")
                // The idempotency key is the worker's own: two workers may both send "1". Null keys never clash.
                .UniqueIndex(UniqueIndexType.Computed, "ux_points_report_key", r => r.WorkerId, r => r.IdempotencyKey!)
                .Index(r => r.WorkerId)
                .Index(r => r.CommunityId)
                // Duplicate candidates: one category, a slice of time.
                .Index([r => r.Category, r => r.OccurredAt], i => i.Name = "ix_points_report_category_time");
        });
        return services;
    }

    /// <summary>Names every broken rule, so the host that refuses to start says what to fix.</summary>
    private sealed class ReportOptionsValidation : IValidateOptions<ReportOptions>
    {
        public ValidateOptionsResult Validate(string? name, ReportOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
