using Microsoft.Extensions.DependencyInjection;

namespace Platform.Recognition.Committees;

/// <summary>Everything review committees need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class CommitteeRegistration
{
    public static IServiceCollection AddCommittees(this IServiceCollection services) => services;
}
