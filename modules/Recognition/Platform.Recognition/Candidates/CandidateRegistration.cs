using Microsoft.Extensions.DependencyInjection;

namespace Platform.Recognition.Candidates;

/// <summary>Everything suggested candidates need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class CandidateRegistration
{
    public static IServiceCollection AddCandidates(this IServiceCollection services) => services.AddScoped<CandidateFinder>();
}
