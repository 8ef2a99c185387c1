using System.Net;
using Platform.Testing;

namespace Platform.Host.Tests.Limits;

public sealed class PlatformWithoutIntrospection : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GraphQL:EnableIntrospection"] = "false" };
}

public sealed class IntrospectionSwitchTests(PlatformWithoutIntrospection platform) : IClassFixture<PlatformWithoutIntrospection>
{
    [Fact]
    public async Task Introspection_switched_off_is_refused_even_to_an_admin()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        var response = await platform.Client.SendAsync(Introspection.Query, token: token);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Ordinary_queries_still_work_with_introspection_off()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        var response = await platform.Client.SendAsync("{ access { me { name } } }", token: token);
        Assert.Equal("Programme office", response.Ok()["access"]!["me"]!["name"]!.GetValue<string>());
    }
}
