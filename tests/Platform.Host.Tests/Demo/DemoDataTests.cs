using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Host.Demo;
using Platform.Testing;

namespace Platform.Host.Tests.Demo;

public sealed class PlatformWithDemo : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };

    /// <summary>Waits for the demo loader of the running host (it loads in the background after start).</summary>
    public Task DemoLoadedAsync() => Services.GetServices<IHostedService>().OfType<DemoLoader>().Single().ExecuteTask!;
}

public sealed class DemoDataTests(PlatformWithDemo platform) : IClassFixture<PlatformWithDemo>
{
    [Fact]
    public async Task The_demo_has_a_sign_in_for_each_role_and_a_worker_with_points()
    {
        await platform.DemoLoadedAsync();
        foreach (var phone in new[] { "13800000001", "13800000002", "13800000003", "13800000004", "13800000005" })
            await platform.Client.SignInAsync(phone, "jufeng-2026");

        var worker = await platform.Client.SignInAsync("13800000006", "jufeng-2026");
        var points = (await platform.Client.SendAsync("{ points { myPoints { balance entries { items { source } } } } }", token: worker)).Ok();
        Assert.True(points["points"]!["myPoints"]!["balance"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_demo_covers_four_sectors_three_districts_and_sixty_workers_and_loads_once()
    {
        await platform.DemoLoadedAsync();
        await platform.RestartAsync();
        await platform.DemoLoadedAsync();

        var admin = await platform.Client.SignInAsync("13800000001", "jufeng-2026");
        var data = (await platform.Client.SendAsync(
            "{ organization { workers(first: 1) { totalCount } districts { totalCount } enterprises(first: 10) { items { sectors } } } }",
            token: admin)).Ok()["organization"]!;

        Assert.Equal(60, data["workers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, data["districts"]!["totalCount"]!.GetValue<int>());
        var sectors = data["enterprises"]!["items"]!.AsArray().SelectMany(e => e!["sectors"]!.AsArray().Select(s => s!.GetValue<string>())).Distinct();
        Assert.Equal(["EXPRESS", "FOOD_DELIVERY", "FREIGHT", "RIDE_HAILING"], sectors.Order());
    }
}
