using Platform.Access.Passwords;
using Platform.Kernel.Errors;

namespace Platform.Access.Tests.Units;

public sealed class PasswordTests
{
    [Fact]
    public void A_hash_verifies_its_password_and_no_other()
    {
        var hash = new PasswordHasher(1_000).Hash("骑手password1");
        Assert.True(PasswordHasher.Verify("骑手password1", hash));
        Assert.False(PasswordHasher.Verify("骑手password2", hash));
        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hashes_of_one_password_differ_by_their_salt()
    {
        var hasher = new PasswordHasher(1_000);
        Assert.NotEqual(hasher.Hash("same-pass-1"), hasher.Hash("same-pass-1"));
    }

    [Fact]
    public void A_hash_made_with_other_iterations_still_verifies()
    {
        var old = new PasswordHasher(500).Hash("older-pass-1");
        Assert.True(PasswordHasher.Verify("older-pass-1", old));
    }

    [Theory]
    [InlineData("not$a$hash")]
    [InlineData("")]
    [InlineData("md5$1$x$y")]
    public void A_malformed_hash_never_verifies(string hash) => Assert.False(PasswordHasher.Verify("anything-1", hash));

    [Theory]
    [InlineData("short1")]
    [InlineData("onlyletters")]
    [InlineData("1234567890")]
    public void Weak_passwords_are_refused(string password)
    {
        var error = Assert.Throws<PlatformException>(() => PasswordPolicy.Check(password));
        Assert.Equal(ErrorCodes.Validation, error.Code);
    }

    [Fact]
    public void One_time_passwords_pass_the_policy_and_differ()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => PasswordPolicy.OneTime()).ToList();
        Assert.All(passwords, p => PasswordPolicy.Check(p));
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
