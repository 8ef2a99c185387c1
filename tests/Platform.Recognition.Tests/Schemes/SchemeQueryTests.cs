using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Contracts;
using Platform.Testing;

namespace Platform.Recognition.Tests.Schemes;

/// <summary>The platform with a scheme written in code beside the shipped scheme files.</summary>
public sealed class CodeSchemePlatform : TestPlatform
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IHonourScheme, NightOwlScheme>();
}

public sealed class SchemeQueryTests(CodeSchemePlatform platform) : IClassFixture<CodeSchemePlatform>
{
    private const string Schemes = """
        { recognition { schemes {
            id version definedInCode name { zh en } subjectKind periodKind currentPeriod
            eligibility { rule because }
            nomination { roles selfNomination }
            quotas { scope limit }
            review { committee mode minReviewers quorum passThreshold rubric { id name { zh en } weight maxScore } }
            noticeDays rewards { kind amount description } rewardPolicyId } } }
        """;

    private async Task<JsonArray> ListAsync()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        return (await platform.Client.SendAsync(Schemes, token: token)).Ok()["recognition"]!["schemes"]!.AsArray();
    }

    [Fact]
    public async Task Anyone_signed_in_sees_the_shipped_schemes_and_the_code_scheme()
    {
        var schemes = await ListAsync();

        Assert.Equal(["ExemplaryBranch", "HonouredEnterprise", "ModelWorker", "PioneerRider", "StarGridVolunteer", "NightOwl"],
            schemes.Select(s => s!["id"]!.GetValue<string>()));
        var code = schemes.Single(s => s!["id"]!.GetValue<string>() == "NightOwl")!;
        Assert.True(code["definedInCode"]!.GetValue<bool>());
        Assert.Null(code["version"]);
        Assert.Equal("夜行守护者", code["name"]!["zh"]!.GetValue<string>());
        Assert.Equal("MONTH", code["periodKind"]!.GetValue<string>());
        Assert.Matches(@"^20\d\d-(0[1-9]|1[0-2])$", code["currentPeriod"]!.GetValue<string>());
        Assert.Empty(code["eligibility"]!.AsArray());
    }

    [Fact]
    public async Task A_file_scheme_shows_its_rules_nomination_quotas_review_and_rewards()
    {
        var pioneer = (await ListAsync()).Single(s => s!["id"]!.GetValue<string>() == "PioneerRider")!;

        Assert.False(pioneer["definedInCode"]!.GetValue<bool>());
        Assert.Equal("2026.1", pioneer["version"]!.GetValue<string>());
        Assert.Equal("WORKER", pioneer["subjectKind"]!.GetValue<string>());
        Assert.Equal("YEAR", pioneer["periodKind"]!.GetValue<string>());
        Assert.Matches(@"^20\d\d$", pioneer["currentPeriod"]!.GetValue<string>());
        Assert.Equal("points >= 300", pioneer["eligibility"]![0]!["rule"]!.GetValue<string>());
        Assert.StartsWith("全年积分", pioneer["eligibility"]![0]!["because"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Secretary", "EnterpriseAdmin", "ProgrammeAdmin"], pioneer["nomination"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("DISTRICT", pioneer["quotas"]![0]!["scope"]!.GetValue<string>());
        Assert.Equal(5, pioneer["quotas"]![0]!["limit"]!.GetValue<int>());
        var review = pioneer["review"]!;
        Assert.Equal("SCORE_AND_VOTE", review["mode"]!.GetValue<string>());
        Assert.Equal(0.7, review["passThreshold"]!.GetValue<double>());
        Assert.Equal(["service", "governance", "example"], review["rubric"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal(7, pioneer["noticeDays"]!.GetValue<int>());
        Assert.Equal(["TITLE", "BONUS_POINTS", "VOUCHER"], pioneer["rewards"]!.AsArray().Select(r => r!["kind"]!.GetValue<string>()));
        Assert.Equal(200, pioneer["rewards"]![1]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task One_scheme_by_id_and_null_for_an_unknown_id()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        const string One = "query($id: String!) { recognition { scheme(id: $id) { id currentPeriod subjectKind } } }";

        var grid = (await platform.Client.SendAsync(One, new { id = "StarGridVolunteer" }, token)).Ok()["recognition"]!["scheme"]!;
        var none = (await platform.Client.SendAsync(One, new { id = "Nope" }, token)).Ok()["recognition"]!["scheme"];

        Assert.Matches(@"^20\d\d-Q[1-4]$", grid["currentPeriod"]!.GetValue<string>());
        Assert.Null(none);
    }

    [Fact]
    public async Task Schemes_are_not_shown_to_anonymous_callers() =>
        Assert.Equal(["UNAUTHENTICATED"], (await platform.Client.SendAsync("{ recognition { schemes { id } } }")).ErrorCodes);
}
