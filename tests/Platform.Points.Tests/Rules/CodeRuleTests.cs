using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Rules;

/// <summary>A campaign written in code: theme days earn 5 more during the safe-riding month, and patrols nothing extra.</summary>
internal sealed class SafeRidingCampaign : IPointRule
{
    public RuleOutcome Apply(RuleQuery query, RuleOutcome outcome) =>
        query.Kind == SourceKind.Activity && query.Type == nameof(ActivityType.ThemeDay) && outcome.Earns
            ? outcome with
            {
                Points = outcome.Points + 5,
                Rule = new AppliedRule("campaign-safe-riding", outcome.Rule.Version),
                Explanation = outcome.Explanation + " Safe-riding campaign: +5.",
            }
            : outcome;
}

/// <summary>The platform with the campaign registered as a code rule.</summary>
public sealed class CampaignPlatform : TestPlatform
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IPointRule, SafeRidingCampaign>();
}

public sealed class CodeRuleTests(CampaignPlatform platform) : IClassFixture<CampaignPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_code_rule_registered_in_DI_adjusts_the_outcome_of_the_file_and_the_award_records_it()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, themeDay) = await Client.OngoingActivityAsync(world.Secretary, world.Branch);
        var (_, training) = await Client.OngoingActivityAsync(world.Secretary, world.Branch, "TRAINING");

        Assert.Equal(15, (await Client.SendAsync(PointsCalls.CheckIn, new { c = themeDay }, world.WorkerAToken)).Points()["checkIn"]!["points"]!.GetValue<int>());
        Assert.Equal(10, (await Client.SendAsync(PointsCalls.CheckIn, new { c = training }, world.WorkerAToken)).Points()["checkIn"]!["points"]!.GetValue<int>());

        var rules = (await Client.SendAsync("{ points { myPoints { entries { items { category rule ruleVersion } } } } }", token: world.WorkerAToken))
            .Points()["myPoints"]!["entries"]!["items"]!.AsArray().ToDictionary(e => e!["category"]!.GetValue<string>(), e => e!["rule"]!.GetValue<string>());
        Assert.Equal("campaign-safe-riding", rules["ThemeDay"]);
        Assert.Equal("activity-training", rules["Training"]);
    }
}
