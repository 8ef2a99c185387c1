using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Recognition.Rewards;

/// <summary>Everything rewards need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class RewardRegistration
{
    public static IServiceCollection AddRewards(this IServiceCollection services, IConfiguration configuration) => services;
}
