using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Host.Tests.Modules;

public sealed class PlatformWithoutRecognition : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Modules:Recognition:Enabled"] = "false" };
}

/// <summary>Recognition is the plugin module (DESIGN.md): the platform runs with it switched off.</summary>
public sealed class PluginModuleTests(PlatformWithoutRecognition platform) : IClassFixture<PlatformWithoutRecognition>
{
    [Fact]
    public async Task With_recognition_switched_off_the_platform_serves_points_and_has_no_recognition_group()
    {
        var admin = await platform.Client.SignInAsAdminAsync();

        var district = await platform.Client.DistrictAsync(admin, "石岐街道");
        var enterprise = await platform.Client.EnterpriseAsync(admin, "蜂鸟配送");
        var branch = await platform.Client.BranchAsync(admin, "蜂鸟配送支部", district, enterprise);
        var (worker, _) = await platform.Client.WorkerWithAccountAsync(admin, "陈小龙", enterprise, branch);
        var points = (await platform.Client.SendAsync("query($w: ID!) { points { workerPoints(workerId: $w) { balance } } }", new { w = worker }, admin)).Ok();
        Assert.Equal(0, points["points"]!["workerPoints"]!["balance"]!.GetValue<int>());
        var recognition = await platform.Client.SendAsync("{ recognition { honourRoll { name } } }", token: admin);
        Assert.NotEmpty(recognition.ErrorCodes);
        var schema = (await platform.Client.SendAsync("{ __schema { queryType { fields { name } } } }", token: admin)).Ok();
        var groups = schema["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("points", groups);
        Assert.DoesNotContain("recognition", groups);
    }
}
