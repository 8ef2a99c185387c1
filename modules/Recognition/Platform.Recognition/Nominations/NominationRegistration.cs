using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Notice;

namespace Platform.Recognition.Nominations;

/// <summary>Everything nominations and their public notice need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class NominationRegistration
{
    public static IServiceCollection AddNominations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NoticeOptions>().Bind(configuration.GetSection(NoticeOptions.Section))
            .Validate(o => o.DayLength >= TimeSpan.FromSeconds(1), $"{NoticeOptions.Section}:DayLength is at least one second.")
            .ValidateOnStart();
        services.AddScoped<NominationWriter>();
        services.AddScoped<NominationDrafting>();
        services.AddScoped<CommitteeAssignment>();
        services.AddScoped<Quotas>();
        services.AddScoped<ReviewConclusion>();
        services.AddScoped<Reviewing>();
        services.AddScoped<Objections>();
        services.AddScoped<Closing>();
        services.AddScoped<NominationReader>();
        services.AddScoped<HonourReader>();
        services.AddScoped<NoticeEnding>();
        services.AddSingleton<NoticeScheduler>();
        services.AddHostedService<NoticeSweep>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Nomination>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<QuotaPlaces>(SnapshotLifecycle.Inline);
            options.Schema.For<Nomination>().DocumentAlias("recognition_nomination")
                .Index(n => n.SchemeId)
                .Index(n => n.Status)
                .Index(n => n.NominatedBy)
                .UniqueIndex(UniqueIndexType.Computed, "ux_recognition_certificate", n => n.CertificateNumber!)
                .GinIndexJsonData();
            options.Schema.For<NominationClaim>().DocumentAlias("recognition_nomination_claim");
            options.Schema.For<QuotaPlaces>().DocumentAlias("recognition_quota");
        });
        return services;
    }
}
