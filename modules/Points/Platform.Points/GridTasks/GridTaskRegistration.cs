using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Sources;

namespace Platform.Points.GridTasks;

/// <summary>Everything grid tasks need, in one call from <see cref="PointsModule"/>, so the feature stays in its folder.</summary>
internal static class GridTaskRegistration
{
    public static IServiceCollection AddGridTasks(this IServiceCollection services)
    {
        services.AddScoped<GridTaskSubmission>();
        services.AddScoped<GridTaskDecisions>();
        services.AddScoped<GridTaskReader>();

        services.ConfigureMarten((provider, options) => options.Events.Subscribe(new AwardBackstopSubscription<GridTaskAccepted, GridTask>(
            "grid_task_awards", provider, accepted => accepted.TaskId,
            task => task.Status == GridTaskStatus.Accepted ? task.WorkerId : null, GridTaskAward.For)));
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<GridTask>(SnapshotLifecycle.Inline);
            options.Schema.For<GridTask>()
                .DocumentAlias("points_grid_task")
                // The idempotency key is the volunteer's own: two volunteers may both send "1". Null keys never clash.
                .UniqueIndex(UniqueIndexType.Computed, "ux_points_grid_task_key", t => t.WorkerId, t => t.IdempotencyKey!)
                .Index(t => t.WorkerId)
                .Index(t => t.CommunityId);
        });
        return services;
    }
}
