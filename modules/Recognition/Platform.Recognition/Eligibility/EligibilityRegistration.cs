using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Recognition.Eligibility;

/// <summary>Everything eligibility needs, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class EligibilityRegistration
{
    public static IServiceCollection AddEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SubjectFactsReader>();
        return services;
    }
}
