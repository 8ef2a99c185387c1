using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Testing;

namespace Platform.Host.Tests.Authorization;

public sealed class AuthorizationTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string UsersDocument = "{ access { users { totalCount } } }";

    [Fact]
    public async Task An_anonymous_caller_gets_only_sign_in()
    {
        var response = await platform.Client.SendAsync(UsersDocument);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_read_the_schema()
    {
        var response = await platform.Client.SendAsync("{ __schema { types { name } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_forged_token_is_refused_as_invalid_and_changes_nothing()
    {
        var admin = await platform.Client.SignInAsAdminAsync();
        var parts = admin.Split('.');
        var forgedPayload = Base64Url("""{"sub":"00000000-0000-0000-0000-000000000001","role":"ProgrammeAdmin","grant":"ProgrammeAdmin","sv":"0","iss":"jufeng","aud":"jufeng","exp":4102444800}""");
        var forged = $"{parts[0]}.{forgedPayload}.{parts[2]}";
        var before = await UserCountAsync(admin);

        var response = await platform.Client.SendAsync(
            """mutation { access { createUser(phone: "13711112222", name: "伪造", roles: [], reason: "forged") { user { id } } } }""",
            token: forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["INVALID_TOKEN"], response.ErrorCodes);
        Assert.Equal(before, await UserCountAsync(admin));
    }

    [Fact]
    public async Task A_garbage_token_is_refused_as_invalid()
    {
        var response = await platform.Client.SendAsync("{ access { me { name } } }", token: "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["INVALID_TOKEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_user_without_the_role_is_forbidden_and_nothing_changes()
    {
        var admin = await platform.Client.SignInAsAdminAsync();
        var created = await platform.Client.SendAsync(
            """mutation { access { createUser(phone: "13722223333", name: "李骑手", password: "rider-pass-1", roles: [{ role: WORKER, scope: "w-1" }], reason: "test worker") { user { id } } } }""",
            token: admin);
        created.Ok();
        var worker = await platform.Client.SignInAsync("13722223333", "rider-pass-1");
        var before = await UserCountAsync(admin);

        var response = await platform.Client.SendAsync(
            """mutation { access { createUser(phone: "13733334444", name: "越权", roles: [], reason: "escalation") { user { id } } } }""",
            token: worker);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(before, await UserCountAsync(admin));
    }

    [Fact]
    public async Task A_nested_field_that_declares_a_role_is_checked_too()
    {
        var admin = await platform.Client.SignInAsAdminAsync();
        (await platform.Client.SendAsync(
            """mutation { access { createUser(phone: "13744445555", name: "王书记", password: "secretary-1", roles: [{ role: SECRETARY, scope: "b-1" }], reason: "test") { user { id } } } }""",
            token: admin)).Ok();
        var secretary = await platform.Client.SignInAsync("13744445555", "secretary-1");

        var response = await platform.Client.SendAsync("{ access { me { name history { action } } } }", token: secretary);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_document_the_office_ran_before_is_still_checked_for_every_caller()
    {
        var admin = await platform.Client.SignInAsAdminAsync();
        await SendTwiceAsync(admin);
        (await platform.Client.SendAsync(
            """mutation { access { createUser(phone: "13755556666", name: "赵骑手", password: "rider-pass-2", roles: [{ role: WORKER, scope: "w-2" }], reason: "test worker") { user { id } } } }""",
            token: admin)).Ok();
        var worker = await platform.Client.SignInAsync("13755556666", "rider-pass-2");

        // The validated document is now cached by its text; access still depends on who sends it.
        await AssertOnlyTheOfficeGetsThroughAsync(worker, "FORBIDDEN", admin);
    }

    [Fact]
    public async Task A_document_cleared_for_one_admin_still_stops_an_admin_who_must_change_their_password()
    {
        var admin = await platform.Client.SignInAsAdminAsync();
        (await platform.Client.SendAsync(
            """mutation { access { createUser(phone: "13755557777", name: "钱主任", password: "office-pass-3", roles: [{ role: PROGRAMME_ADMIN }], reason: "second admin") { user { id } } } }""",
            token: admin)).Ok();
        var oneTime = (await platform.Client.SendAsync(
            """mutation { access { createUser(phone: "13755558888", name: "孙主任", roles: [{ role: PROGRAMME_ADMIN }], reason: "third admin") { oneTimePassword } } }""",
            token: admin)).Ok()["access"]!["createUser"]!["oneTimePassword"]!.GetValue<string>();
        var settled = await platform.Client.SignInAsync("13755557777", "office-pass-3");
        var unsettled = await platform.Client.SignInAsync("13755558888", oneTime);

        // Twice with the same roles: the second time the document's verdict for them is kept.
        await SendTwiceAsync(settled);
        await AssertOnlyTheOfficeGetsThroughAsync(unsettled, "PASSWORD_CHANGE_REQUIRED", settled);
    }

    /// <summary>The office's document, cached after the first time and cleared for the sender's roles after the second.</summary>
    private async Task SendTwiceAsync(string officeToken)
    {
        (await platform.Client.SendAsync(UsersDocument, token: officeToken)).Ok();
        (await platform.Client.SendAsync(UsersDocument, token: officeToken)).Ok();
    }

    /// <summary>The cached document stops the refused caller with the code and an anonymous one, and still serves the office.</summary>
    private async Task AssertOnlyTheOfficeGetsThroughAsync(string refusedToken, string code, string officeToken)
    {
        var refused = await platform.Client.SendAsync(UsersDocument, token: refusedToken);
        var anonymous = await platform.Client.SendAsync(UsersDocument);

        Assert.Equal([code], refused.ErrorCodes);
        Assert.Null(refused.Data);
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
        (await platform.Client.SendAsync(UsersDocument, token: officeToken)).Ok();
    }

    private async Task<int> UserCountAsync(string adminToken)
    {
        var response = await platform.Client.SendAsync(UsersDocument, token: adminToken);
        return response.Ok()["access"]!["users"]!["totalCount"]!.GetValue<int>();
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
