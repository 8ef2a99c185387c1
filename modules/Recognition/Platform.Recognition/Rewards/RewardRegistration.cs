using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.Rewards;

/// <summary>Everything rewards need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class RewardRegistration
{
    public static IServiceCollection AddRewards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RewardPlan>();
        services.AddHostedService<RewardPolicyCheck>();
        services.AddScoped<RewardGrants>();
        services.AddScoped<BonusPointsDelivery>();
        services.AddScoped<RewardRevocations>();
        services.AddScoped<RewardDelivery>();
        services.AddScoped<RewardBudgetSetting>();
        services.AddScoped<RewardReader>();
        services.AddScoped<CertificateReader>();

        services.ConfigureMarten((provider, options) => options.Events.Subscribe(new HonourRewardSubscription(provider)));
        services.ConfigureMarten(options =>
        {
            // Known to the store from the start, so a restarted host reads honours written before it.
            options.Events.AddEventType<HonourAwarded>();
            options.Events.AddEventType<HonourRevoked>();
            options.Events.AddEventType<EligibilityChecked>();
            options.Projections.Snapshot<Reward>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<RewardBudget>(SnapshotLifecycle.Inline);
            options.Schema.For<Reward>()
                .DocumentAlias("recognition_reward")
                .Index(r => r.HonourId)
                .Index(r => r.SubjectId)
                .Index([r => r.SchemeId, r => r.BudgetYear!], i => i.Name = "ix_recognition_reward_scheme_year");
            options.Schema.For<RewardBudget>().DocumentAlias("recognition_reward_budget").Index(b => b.Year);
            options.Schema.For<Certificate>()
                .DocumentAlias("recognition_certificate")
                .UniqueIndex(UniqueIndexType.Computed, "ux_recognition_certificate_number", c => c.Number);
        });
        return services;
    }
}
