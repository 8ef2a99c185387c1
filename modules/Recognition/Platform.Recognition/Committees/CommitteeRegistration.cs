using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Recognition.Committees;

/// <summary>Everything review committees need, in one call from <see cref="RecognitionModule"/>.</summary>
internal static class CommitteeRegistration
{
    public static IServiceCollection AddCommittees(this IServiceCollection services)
    {
        services.AddScoped<CommitteeCommands>();
        services.AddScoped<CommitteeReader>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<ReviewCommittee>(SnapshotLifecycle.Inline);
            options.Schema.For<ReviewCommittee>().DocumentAlias("recognition_committee")
                .UniqueIndex(UniqueIndexType.Computed, "ux_recognition_committee_code", c => c.Code);
        });
        return services;
    }
}
