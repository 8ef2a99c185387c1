using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Recognition.Candidates;
using Platform.Recognition.Committees;
using Platform.Recognition.Eligibility;
using Platform.Recognition.GraphQL;
using Platform.Recognition.Nominations;
using Platform.Recognition.Rewards;
using Platform.Recognition.Schemes;

namespace Platform.Recognition;

/// <summary>Honour schemes, nominations and their review, public notice, honours and rewards: the plugin module.</summary>
public sealed class RecognitionModule : IPlatformModule
{
    public string Name => "Recognition";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new ModuleGraph("recognition",
            "Recognition: honour schemes, nominations, committee review, public notice, honours and rewards.",
            typeof(RecognitionQueryGraphType), typeof(RecognitionMutationGraphType)));
        services.AddSchemes(configuration);
        services.AddEligibility(configuration);
        services.AddCandidates();
        services.AddCommittees();
        services.AddNominations(configuration);
        services.AddRewards(configuration);
    }
}
