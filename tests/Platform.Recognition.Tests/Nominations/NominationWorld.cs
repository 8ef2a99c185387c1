using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Recognition.Tests.Nominations;

/// <summary>
/// One enterprise with a branch, its secretary and admin, a second enterprise, and the committee
/// test-votes: two members of no enterprise and a third who works for the first enterprise, and so
/// is recused from its workers. Built once per test class through the API; each test registers
/// its own workers.
/// </summary>
public sealed record NominationWorld(
    string Admin, Guid District, Guid Enterprise, Guid Branch, string Secretary, string EnterpriseAdmin,
    Guid OtherEnterprise, string OtherEnterpriseAdmin, Guid Committee, Member[] Members)
{
    public static async Task<NominationWorld> CreateAsync(GraphQLClient client)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await client.SignInAsAdminAsync();
        var district = await client.DistrictAsync(admin, $"东区街道{tag}");
        var enterprise = await client.EnterpriseAsync(admin, $"蜂鸟配送{tag}");
        var other = await client.EnterpriseAsync(admin, $"顺达快递{tag}", "EXPRESS");
        var branch = await client.BranchAsync(admin, $"蜂鸟配送支部{tag}", district, enterprise);
        var secretary = await client.UserWithRoleAsync(admin, "SECRETARY", branch);
        var enterpriseAdmin = await client.UserWithRoleAsync(admin, "ENTERPRISE_ADMIN", enterprise);
        var otherAdmin = await client.UserWithRoleAsync(admin, "ENTERPRISE_ADMIN", other);

        var committee = Guid.Parse((await client.SendAsync(
            "mutation { recognition { formReviewCommittee(code: \"test-votes\", name: \"测试评审委员会\", reason: \"组建评审委员会\") { id } } }",
            null, admin)).Ok()["recognition"]!["formReviewCommittee"]!["id"]!.GetValue<string>());
        var members = new[]
        {
            await client.AppointAsync(admin, committee, "委员甲", null),
            await client.AppointAsync(admin, committee, "委员乙", null),
            await client.AppointAsync(admin, committee, "委员丙", enterprise),
        };
        return new NominationWorld(admin, district, enterprise, branch, secretary, enterpriseAdmin, other, otherAdmin, committee, members);
    }

    public Task<(Guid WorkerId, string Token)> WorkerAsync(GraphQLClient client, string name = "陈小龙") =>
        client.WorkerWithAccountAsync(Admin, name, Enterprise, Branch);
}

/// <summary>A committee member: their user id and a signed-in token.</summary>
public sealed record Member(Guid UserId, string Token);
