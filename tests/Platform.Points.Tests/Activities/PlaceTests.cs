using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Activities;

public sealed class PlaceTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task An_activity_in_a_community_names_it_and_one_without_a_kind_is_elsewhere()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var community = Guid.Parse((await Client.SendAsync(
            "mutation($n: String!, $d: ID!) { organization { createCommunity(name: $n, districtId: $d, reason: \"新社区\") { id } } }",
            new { n = $"孙文社区{Guid.NewGuid():N}"[..10], d = world.District }, world.Admin)).Ok()["organization"]!["createCommunity"]!["id"]!.GetValue<string>());
        var now = DateTimeOffset.UtcNow;

        var (_, _, inCommunity) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddHours(1), now.AddHours(2), new(PlaceKind: "COMMUNITY", PlaceId: community));
        var (_, _, plain) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddHours(1), now.AddHours(2));

        Assert.Equal(("COMMUNITY", community.ToString()), (inCommunity["placeKind"]!.GetValue<string>(), inCommunity["placeId"]!.GetValue<string>()));
        Assert.Equal("OTHER", plain["placeKind"]!.GetValue<string>());
        Assert.Null(plain["placeId"]);
        Assert.Null(plain["maxAttendees"]);
    }

    [Fact]
    public async Task An_activity_at_an_outlet_of_the_registry_names_it()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var outlets = (await Client.SendAsync(
            "mutation($e: ID!, $d: ID!) { organization { addOutlet(enterpriseId: $e, name: \"石岐站\", districtId: $d, address: \"孙文路1号\", reason: \"新网点\") { outlets { id } } } }",
            new { e = world.Enterprise, d = world.District }, world.Admin)).Ok()["organization"]!["addOutlet"]!["outlets"]!.AsArray();
        var outlet = Guid.Parse(outlets[0]!["id"]!.GetValue<string>());
        var now = DateTimeOffset.UtcNow;

        var (_, _, atOutlet) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddHours(1), now.AddHours(2), new(PlaceKind: "OUTLET", PlaceId: outlet));

        Assert.Equal(("OUTLET", outlet.ToString()), (atOutlet["placeKind"]!.GetValue<string>(), atOutlet["placeId"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("COMMUNITY", "NOT_FOUND", null)]
    [InlineData("OUTLET", "NOT_FOUND", null)]
    [InlineData("WARM_STATION", "VALIDATION", null)]
    [InlineData("OTHER", "VALIDATION", null)]
    public async Task A_place_id_that_cannot_be_found_or_checked_is_refused_and_nothing_is_scheduled(string kind, string code, string? reason)
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var response = await Client.CreateAsync(world.Secretary, world.Branch, now.AddHours(1), now.AddHours(2), new(PlaceKind: kind, PlaceId: Guid.NewGuid()));
        response.AssertRefused(code, reason, "placeId");
        Assert.Empty((await Client.SendAsync("query($b: ID!) { points { activities(branchId: $b) { id } } }", new { b = world.Branch }, world.Secretary))
            .Points()["activities"]!.AsArray());
    }
}
