using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Recognition.Nominations;

/// <summary>Everything nominations need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class NominationRegistration
{
    public static IServiceCollection AddNominations(this IServiceCollection services, IConfiguration configuration) => services;
}
