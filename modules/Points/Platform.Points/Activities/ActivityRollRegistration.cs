using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Points.Activities;

/// <summary>The roll's services and documents, in one call from <see cref="PointsModule"/>.</summary>
internal static class ActivityRollRegistration
{
    public static IServiceCollection AddActivityRoll(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new ActivityClock(provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<ActivityRoll>();
        services.AddScoped<RollCommands>();
        services.ConfigureMarten(options => options.Schema.For<ActivityAttendee>()
            .DocumentAlias("points_activity_attendee")
            .Index(a => a.ActivityId)
            .Index(a => a.WorkerId));
        return services;
    }
}
