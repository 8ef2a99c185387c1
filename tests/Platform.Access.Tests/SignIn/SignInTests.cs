using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Tokens;
using Platform.Testing;

namespace Platform.Access.Tests.SignIn;

public sealed class SignInTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task The_configured_first_admin_signs_in_and_reads_itself()
    {
        var token = await Client.SignInAsAdminAsync();
        var me = (await Client.SendAsync("{ access { me { phone name roles { role scope } } } }", token: token)).Access()["me"]!;
        Assert.Equal(TestPlatform.AdminPhone, me["phone"]!.GetValue<string>());
        Assert.Equal("PROGRAMME_ADMIN", me["roles"]![0]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_phone_get_the_same_answer()
    {
        var wrongPassword = await Client.SignInRawAsync(TestPlatform.AdminPhone, "wrong-pass-1");
        var unknownPhone = await Client.SignInRawAsync("13000000001", "wrong-pass-1");
        Assert.Equal(["UNAUTHENTICATED"], wrongPassword.ErrorCodes);
        Assert.Equal(wrongPassword.Errors![0]!["message"]!.GetValue<string>(), unknownPhone.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(wrongPassword.Data?["access"]);
    }

    [Fact]
    public async Task A_malformed_phone_is_a_validation_error()
    {
        var response = await Client.SignInRawAsync("12345", "whatever-1");
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal("phone", response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Repeated_failures_lock_the_phone_even_for_the_right_password()
    {
        var admin = await Client.SignInAsAdminAsync();
        await Client.CreateUserOkAsync(admin, "13600000001", "被锁者", "locked-pass-1", new { role = "WORKER", scope = "w-locked" });
        for (var i = 0; i < 5; i++)
            Assert.Equal(["UNAUTHENTICATED"], (await Client.SignInRawAsync("13600000001", $"wrong-{i}-pass")).ErrorCodes);

        var locked = await Client.SignInRawAsync("13600000001", "locked-pass-1");

        Assert.Equal(["RATE_LIMITED"], locked.ErrorCodes);
        Assert.True(locked.Errors![0]!["extensions"]!["retryAfterSeconds"]!.GetValue<int>() > 0);
        Assert.Equal(HttpStatusCode.OK, locked.Status); // executed: the error is the field's, not the request's
    }

    [Fact]
    public async Task A_one_time_password_opens_only_the_password_change_and_the_old_token_ends_with_it()
    {
        var admin = await Client.SignInAsAdminAsync();
        var created = (await Client.CreateUserAsync(admin, "13600000002", "新用户", null, [new { role = "SECRETARY", scope = "b-7" }])).Access()["createUser"]!;
        var oneTime = created["oneTimePassword"]!.GetValue<string>();
        Assert.True(created["user"]!["mustChangePassword"]!.GetValue<bool>());

        var first = (await Client.SignInRawAsync("13600000002", oneTime)).Access()["signIn"]!;
        Assert.True(first["mustChangePassword"]!.GetValue<bool>());
        var firstToken = first["token"]!.GetValue<string>();

        var blocked = await Client.SendAsync("{ access { users { totalCount } } }", token: firstToken);
        Assert.Equal(["PASSWORD_CHANGE_REQUIRED"], blocked.ErrorCodes);
        Assert.Equal(HttpStatusCode.Forbidden, blocked.Status);
        Assert.Equal("新用户", (await Client.SendAsync("{ access { me { name } } }", token: firstToken)).Access()["me"]!["name"]!.GetValue<string>());

        var changed = (await Client.SendAsync(
            """mutation($c: String!) { access { changePassword(currentPassword: $c, newPassword: "my-own-pass-9") { token mustChangePassword } } }""",
            new { c = oneTime }, firstToken)).Access()["changePassword"]!;
        Assert.False(changed["mustChangePassword"]!.GetValue<bool>());

        var stale = await Client.SendAsync("{ access { me { name } } }", token: firstToken);
        Assert.Equal(["INVALID_TOKEN"], stale.ErrorCodes);
        var fresh = changed["token"]!.GetValue<string>();
        Assert.Equal("新用户", (await Client.SendAsync("{ access { me { name } } }", token: fresh)).Access()["me"]!["name"]!.GetValue<string>());
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SignInRawAsync("13600000002", oneTime)).ErrorCodes);
    }

    [Fact]
    public async Task A_password_change_with_a_wrong_current_password_changes_nothing()
    {
        var admin = await Client.SignInAsAdminAsync();
        await Client.CreateUserOkAsync(admin, "13600000003", "谨慎", "careful-pass-1", new { role = "WORKER", scope = "w-3" });
        var token = await Client.SignInAsync("13600000003", "careful-pass-1");

        var response = await Client.SendAsync(
            """mutation { access { changePassword(currentPassword: "nope-nope-1", newPassword: "another-pass-2") { token } } }""", token: token);

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        await Client.SignInAsync("13600000003", "careful-pass-1"); // still the old password
        Assert.Equal("谨慎", (await Client.SendAsync("{ access { me { name } } }", token: token)).Access()["me"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_altered_after_its_use_is_refused()
    {
        var token = await Client.SignInAsAdminAsync();
        Assert.Equal(TestPlatform.AdminPhone, (await Client.SendAsync("{ access { me { phone } } }", token: token)).Access()["me"]!["phone"]!.GetValue<string>());
        Assert.NotNull(platform.Services.GetRequiredService<ValidatedTokens>().Find(token));

        // One character of the signature changed in a bit it carries: the same claims, but not what the host signed.
        var altered = token[..^5] + (token[^5] == 'A' ? 'Q' : 'A') + token[^4..];
        var refused = await Client.SendAsync("{ access { me { phone } } }", token: altered);

        Assert.Equal(["INVALID_TOKEN"], refused.ErrorCodes);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task A_token_survives_a_restart_of_the_host()
    {
        var token = await Client.SignInAsAdminAsync();
        await platform.RestartAsync();
        var me = (await platform.Client.SendAsync("{ access { me { phone } } }", token: token)).Access()["me"]!;
        Assert.Equal(TestPlatform.AdminPhone, me["phone"]!.GetValue<string>());
    }
}
