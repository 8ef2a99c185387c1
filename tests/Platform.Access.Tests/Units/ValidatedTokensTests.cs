using System.Security.Claims;
using Platform.Access.Tokens;

namespace Platform.Access.Tests.Units;

public sealed class ValidatedTokensTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_kept_token_is_found_until_the_moment_it_expires_and_not_after()
    {
        var clock = new StoppedClock(Start);
        var tokens = new ValidatedTokens(clock);
        tokens.Keep("token-a", Identity("user-a"), Start.AddMinutes(10));

        clock.Now = Start.AddMinutes(10).AddTicks(-1);
        Assert.Equal("user-a", tokens.Find("token-a")?.FindFirst("sub")?.Value);
        clock.Now = Start.AddMinutes(10);
        Assert.Null(tokens.Find("token-a"));
        Assert.Equal(0, tokens.Count);
        Assert.Null(tokens.Find("token-b"));
    }

    [Fact]
    public void A_token_is_found_by_the_characters_of_the_header_that_carries_it()
    {
        var tokens = new ValidatedTokens(new StoppedClock(Start));
        tokens.Keep("token-a", Identity("user-a"), Start.AddHours(1));

        const string header = "Bearer token-a";
        Assert.Equal("user-a", tokens.Find(header.AsSpan(7))?.FindFirst("sub")?.Value);
        Assert.Null(tokens.Find(header.AsSpan(7, 6)));
        Assert.Null(tokens.Find("TOKEN-A"));
    }

    [Fact]
    public void Each_request_gets_its_own_copy_of_the_identity()
    {
        var tokens = new ValidatedTokens(new StoppedClock(Start));
        var verified = Identity("user-a");
        tokens.Keep("token-a", verified, Start.AddHours(1));
        verified.AddClaim(new Claim("role", "PROGRAMME_ADMIN"));

        var first = tokens.Find("token-a")!;
        first.AddClaim(new Claim("role", "PROGRAMME_ADMIN"));

        Assert.NotSame(first, tokens.Find("token-a"));
        Assert.Null(tokens.Find("token-a")!.FindFirst("role"));
        Assert.Equal("Bearer", tokens.Find("token-a")!.AuthenticationType);
    }

    [Fact]
    public void When_full_the_expired_tokens_go_first()
    {
        var clock = new StoppedClock(Start);
        var tokens = new ValidatedTokens(clock, capacity: 10);
        for (var i = 0; i < 5; i++) tokens.Keep($"short-{i}", Identity($"s{i}"), Start.AddMinutes(1));
        for (var i = 0; i < 5; i++) tokens.Keep($"long-{i}", Identity($"l{i}"), Start.AddHours(1));

        clock.Now = Start.AddMinutes(2);
        tokens.Keep("new", Identity("n"), Start.AddHours(1));

        Assert.Equal(6, tokens.Count);
        Assert.All(Enumerable.Range(0, 5), i => Assert.NotNull(tokens.Find($"long-{i}")));
        Assert.NotNull(tokens.Find("new"));
    }

    [Fact]
    public void It_never_holds_more_than_its_capacity()
    {
        var tokens = new ValidatedTokens(new StoppedClock(Start), capacity: 10);
        for (var i = 0; i < 100; i++)
        {
            tokens.Keep($"token-{i}", Identity($"u{i}"), Start.AddHours(1));
            Assert.InRange(tokens.Count, 1, 10);
        }
        Assert.NotNull(tokens.Find("token-99"));
    }

    private static ClaimsIdentity Identity(string subject) => new([new Claim("sub", subject)], "Bearer");

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
