using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Eligibility.Sanctions;

namespace Platform.Recognition.Eligibility;

/// <summary>Everything eligibility needs, in one call from <see cref="RecognitionModule"/>: subjects, facts, sanctions, the preview.</summary>
internal static class EligibilityRegistration
{
    public static IServiceCollection AddEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Tenure>();
        services.AddScoped<SubjectRegistry>();
        services.AddScoped<SubjectFactsReader>();
        services.AddScoped<SanctionCommands>();
        services.AddScoped<SanctionReader>();
        services.AddScoped<EligibilityPreview>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Sanction>(SnapshotLifecycle.Inline);
            options.Schema.For<Sanction>().DocumentAlias("recognition_sanction").Index(s => s.SubjectId);
        });
        return services;
    }
}
