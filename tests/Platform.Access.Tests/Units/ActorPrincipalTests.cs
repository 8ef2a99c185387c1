using System.Security.Claims;
using Platform.Access.Contracts;

namespace Platform.Access.Tests.Units;

public sealed class ActorPrincipalTests
{
    private static readonly Guid UserId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

    [Fact]
    public void Its_actor_is_the_one_its_claims_name_and_is_read_once()
    {
        var identity = Identity(new Claim(AccessClaims.Grant, "EnterpriseAdmin:e-1"), new Claim(AccessClaims.Grant, "Worker:w-1"), new Claim(AccessClaims.PasswordChangeRequired, "true"));
        var principal = new ActorPrincipal(identity);

        var actor = Actor.From(principal);
        var fromClaims = Actor.From(new ClaimsPrincipal(identity))!;
        Assert.Equal(fromClaims.Grants, actor!.Grants);
        Assert.Equal(fromClaims with { Grants = actor.Grants }, actor);
        Assert.Equal(UserId, actor.UserId);
        Assert.Equal("骑手甲", actor.Name);
        Assert.True(actor.MustChangePassword);
        Assert.True(actor.HasScope(Role.EnterpriseAdmin, "e-1"));
        Assert.Same(actor, Actor.From(principal));
    }

    [Fact]
    public void A_copy_has_the_same_claims_and_actor()
    {
        var principal = new ActorPrincipal(Identity(new Claim(AccessClaims.Grant, "ProgrammeAdmin")));
        var actor = Actor.From(principal);

        var copy = principal.Clone();

        Assert.IsType<ActorPrincipal>(copy);
        Assert.Same(actor, Actor.From(copy));
        Assert.Equal(principal.Claims.Select(c => (c.Type, c.Value)), copy.Claims.Select(c => (c.Type, c.Value)));
    }

    [Fact]
    public void Claims_that_name_no_user_give_no_actor()
    {
        Assert.Null(Actor.From(new ActorPrincipal(new ClaimsIdentity())));
        Assert.Null(Actor.From(new ActorPrincipal(new ClaimsIdentity([new Claim(AccessClaims.Subject, "not-a-guid")], "Bearer"))));
    }

    private static ClaimsIdentity Identity(params Claim[] claims) =>
        new([new Claim(AccessClaims.Subject, UserId.ToString()), new Claim(AccessClaims.Name, "骑手甲"), .. claims], "Bearer");
}
