using System.Security.Claims;
using Platform.Access.Contracts;

namespace Platform.Access.Tests.Units;

public sealed class RoleGrantTests
{
    [Theory]
    [InlineData(Role.ProgrammeAdmin, null, "ProgrammeAdmin")]
    [InlineData(Role.EnterpriseAdmin, "e-42", "EnterpriseAdmin:e-42")]
    public void A_grant_survives_its_claim_form(Role role, string? scope, string claim)
    {
        var grant = new RoleGrant(role, scope);
        Assert.Equal(claim, grant.ToString());
        Assert.Equal(grant, RoleGrant.Parse(claim));
    }

    [Fact]
    public void An_unknown_role_is_not_a_grant() => Assert.Null(RoleGrant.Parse("Emperor:all"));

    [Fact]
    public void The_actor_is_read_from_an_authenticated_principal_only()
    {
        var id = Guid.NewGuid();
        var claims = new[]
        {
            new Claim(AccessClaims.Subject, id.ToString()),
            new Claim(AccessClaims.Name, "张三"),
            new Claim(AccessClaims.Grant, "Verifier:c-1"),
            new Claim(AccessClaims.Grant, "Verifier:c-2"),
        };
        Assert.Null(Actor.From(new ClaimsPrincipal(new ClaimsIdentity(claims))));

        var actor = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer")));
        Assert.NotNull(actor);
        Assert.Equal(id, actor.UserId);
        Assert.Equal(["c-1", "c-2"], actor.ScopesOf(Role.Verifier));
        Assert.True(actor.HasScope(Role.Verifier, "c-2"));
        Assert.False(actor.IsInRole(Role.ProgrammeAdmin));
        Assert.False(actor.MustChangePassword);
    }
}
