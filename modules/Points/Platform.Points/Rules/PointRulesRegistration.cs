using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Points.Rules.DryRun;

namespace Platform.Points.Rules;

/// <summary>The point rules, their startup check and the dry run, in one call from <see cref="PointsModule"/>.</summary>
internal static class PointRulesRegistration
{
    public static IServiceCollection AddPointRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PointRulesOptions>().Bind(configuration.GetSection(PointRulesOptions.Section));
        services.AddSingleton<PointRulesFile>();
        services.AddSingleton<PointRules>();
        services.AddScoped<PointRulesDryRun>();
        // First of all hosted services: a bad file stops the host before the silo and the daemon start.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, PointRulesCheck>());
        return services;
    }
}
