using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Recognition.Schemes.Files;

namespace Platform.Recognition.Schemes;

/// <summary>Everything schemes need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class SchemeRegistration
{
    public static IServiceCollection AddSchemes(this IServiceCollection services, IConfiguration configuration)
    {
        // Code schemes are the IHonourScheme singletons others register; file schemes join them here.
        services.AddSingleton<SchemeFiles>();
        services.AddSingleton(sp => new SchemeCatalog(sp.GetRequiredService<SchemeFiles>().All));
        services.AddSingleton<SchemePeriods>();
        // First of all hosted services: a bad scheme file stops the host before the silo and the daemon start.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SchemeCheck>());
        return services;
    }
}
