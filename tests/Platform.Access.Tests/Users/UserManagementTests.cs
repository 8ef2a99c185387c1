using Platform.Testing;

namespace Platform.Access.Tests.Users;

public sealed class UserManagementTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    public static TheoryData<string, object[], string, string> BadUsers => new()
    {
        { "1234", [new { role = "WORKER", scope = "w-1" }], "VALIDATION", "phone" },
        { "13500000010", [new { role = "WORKER" }], "VALIDATION", "scope" },
        { "13500000011", [new { role = "PROGRAMME_ADMIN", scope = "e-1" }], "VALIDATION", "scope" },
        { "13500000012", [new { role = "VERIFIER", scope = "has space" }], "VALIDATION", "scope" },
    };

    [Theory]
    [MemberData(nameof(BadUsers))]
    public async Task A_user_with_bad_input_is_refused_with_the_field_and_nothing_is_created(string phone, object[] roles, string code, string field)
    {
        var admin = await Client.SignInAsAdminAsync();
        var before = await Client.UserCountAsync(admin);

        var response = await Client.CreateUserAsync(admin, phone, "某人", "some-pass-1", roles);

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(before, await Client.UserCountAsync(admin));
    }

    [Fact]
    public async Task An_unknown_role_is_refused_by_the_schema()
    {
        var admin = await Client.SignInAsAdminAsync();
        var response = await Client.CreateUserAsync(admin, "13500000013", "某人", "some-pass-1", [new { role = "EMPEROR", scope = "x" }]);
        Assert.NotEmpty(response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_reason_is_required_for_every_change()
    {
        var admin = await Client.SignInAsAdminAsync();
        var response = await Client.CreateUserAsync(admin, "13500000014", "某人", "some-pass-1", [], reason: " ");
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal("reason", response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Twenty_simultaneous_creations_with_one_phone_make_one_user()
    {
        var admin = await Client.SignInAsAdminAsync();
        var before = await Client.UserCountAsync(admin);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Client.CreateUserAsync(admin, "13500000020", $"重复{i}", "dup-pass-123", [new { role = "WORKER", scope = "w-dup" }])));

        Assert.Single(responses, r => r.ErrorCodes.Count == 0);
        Assert.All(responses.Where(r => r.ErrorCodes.Count > 0), r => Assert.Equal(["CONFLICT"], r.ErrorCodes));
        Assert.Equal(before + 1, await Client.UserCountAsync(admin));
    }

    [Fact]
    public async Task Granting_and_revoking_roles_is_recorded_with_who_when_and_why_and_revoking_ends_sessions()
    {
        var admin = await Client.SignInAsAdminAsync();
        var adminId = (await Client.SendAsync("{ access { me { id } } }", token: admin)).Access()["me"]!["id"]!.GetValue<string>();
        var userId = await Client.CreateUserOkAsync(admin, "13500000030", "赵委员", "member-pass-1", new { role = "WORKER", scope = "w-30" });
        var userToken = await Client.SignInAsync("13500000030", "member-pass-1");

        (await Client.SendAsync(
            """mutation($id: ID!) { access { grantRole(userId: $id, grant: { role: COMMITTEE_MEMBER, scope: "rc-2026" }, reason: "joins the 2026 committee") { id } } }""",
            new { id = userId }, admin)).Ok();
        var revoked = (await Client.SendAsync(
            """mutation($id: ID!) { access { revokeRole(userId: $id, grant: { role: WORKER, scope: "w-30" }, reason: "left the platform") { roles { role scope } } } }""",
            new { id = userId }, admin)).Access()["revokeRole"]!;

        var roles = revoked["roles"]!.AsArray();
        Assert.Single(roles);
        Assert.Equal("COMMITTEE_MEMBER", roles[0]!["role"]!.GetValue<string>());
        Assert.Equal(["INVALID_TOKEN"], (await Client.SendAsync("{ access { me { name } } }", token: userToken)).ErrorCodes);

        var history = (await Client.SendAsync("query($id: ID!) { access { user(id: $id) { history { action at by reason } } } }", new { id = userId }, admin))
            .Access()["user"]!["history"]!.AsArray();
        Assert.Equal(["user_registered", "role_granted", "role_revoked"], history.Select(h => h!["action"]!.GetValue<string>()));
        Assert.All(history, h => Assert.Equal(adminId, h!["by"]!.GetValue<string>()));
        Assert.Equal("joins the 2026 committee", history[1]!["reason"]!.GetValue<string>());
        Assert.Equal("left the platform", history[2]!["reason"]!.GetValue<string>());
        Assert.True(DateTimeOffset.Parse(history[2]!["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Revoking_a_role_the_user_does_not_hold_is_not_found_and_writes_nothing()
    {
        var admin = await Client.SignInAsAdminAsync();
        var userId = await Client.CreateUserOkAsync(admin, "13500000031", "钱师傅", "driver-pass-1", new { role = "WORKER", scope = "w-31" });
        var response = await Client.SendAsync(
            """mutation($id: ID!) { access { revokeRole(userId: $id, grant: { role: VERIFIER, scope: "c-1" }, reason: "mistake") { id } } }""",
            new { id = userId }, admin);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        var history = (await Client.SendAsync("query($id: ID!) { access { user(id: $id) { history { action } } } }", new { id = userId }, admin))
            .Access()["user"]!["history"]!.AsArray();
        Assert.Single(history);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_loses_open_sessions_until_enabled()
    {
        var admin = await Client.SignInAsAdminAsync();
        var userId = await Client.CreateUserOkAsync(admin, "13500000040", "孙骑手", "rider-pass-40", new { role = "WORKER", scope = "w-40" });
        var token = await Client.SignInAsync("13500000040", "rider-pass-40");
        // Used before: the host keeps the verified token, and must still ask whether its session stands.
        Assert.Equal("孙骑手", (await Client.SendAsync("{ access { me { name } } }", token: token)).Access()["me"]!["name"]!.GetValue<string>());

        (await Client.SendAsync("""mutation($id: ID!) { access { disableUser(userId: $id, reason: "left the programme") { disabled } } }""", new { id = userId }, admin)).Ok();

        Assert.Equal(["INVALID_TOKEN"], (await Client.SendAsync("{ access { me { name } } }", token: token)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SignInRawAsync("13500000040", "rider-pass-40")).ErrorCodes);

        (await Client.SendAsync("""mutation($id: ID!) { access { enableUser(userId: $id, reason: "came back") { disabled } } }""", new { id = userId }, admin)).Ok();
        await Client.SignInAsync("13500000040", "rider-pass-40");
    }

    [Fact]
    public async Task An_admin_reset_gives_a_one_time_password_and_ends_the_old_one()
    {
        var admin = await Client.SignInAsAdminAsync();
        var userId = await Client.CreateUserOkAsync(admin, "13500000050", "周师傅", "forgot-pass-1", new { role = "WORKER", scope = "w-50" });
        var reset = (await Client.SendAsync(
            """mutation($id: ID!) { access { resetPassword(userId: $id, reason: "forgot it") { oneTimePassword user { mustChangePassword } } } }""",
            new { id = userId }, admin)).Access()["resetPassword"]!;

        Assert.True(reset["user"]!["mustChangePassword"]!.GetValue<bool>());
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SignInRawAsync("13500000050", "forgot-pass-1")).ErrorCodes);
        var signedIn = (await Client.SignInRawAsync("13500000050", reset["oneTimePassword"]!.GetValue<string>())).Access()["signIn"]!;
        Assert.True(signedIn["mustChangePassword"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Users_are_listed_a_page_at_a_time_and_filtered_by_role()
    {
        var admin = await Client.SignInAsAdminAsync();
        for (var i = 0; i < 5; i++)
            await Client.CreateUserOkAsync(admin, $"1520000000{i}", $"核查员{i}", "verify-pass-1", new { role = "VERIFIER", scope = $"c-{i}" });

        var phones = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await Client.SendAsync(
                "query($after: String) { access { users(first: 2, after: $after, role: VERIFIER) { items { phone } totalCount nextCursor } } }",
                new { after = cursor }, admin)).Access()["users"]!;
            Assert.Equal(5, page["totalCount"]!.GetValue<int>());
            phones.AddRange(page["items"]!.AsArray().Select(u => u!["phone"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"1520000000{i}"), phones);
    }

    [Fact]
    public async Task A_page_size_out_of_range_or_a_foreign_cursor_is_a_validation_error()
    {
        var admin = await Client.SignInAsAdminAsync();
        Assert.Equal(["VALIDATION"], (await Client.SendAsync("{ access { users(first: 1000) { totalCount } } }", token: admin)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SendAsync("""{ access { users(after: "bm9wZQ==") { totalCount } } }""", token: admin)).ErrorCodes);
    }
}
