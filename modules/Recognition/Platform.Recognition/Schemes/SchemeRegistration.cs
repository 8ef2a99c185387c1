using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Recognition.Schemes;

/// <summary>Everything schemes need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class SchemeRegistration
{
    public static IServiceCollection AddSchemes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SchemeCatalog>();
        services.AddSingleton<SchemePeriods>();
        return services;
    }
}
