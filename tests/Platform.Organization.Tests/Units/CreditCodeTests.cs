using Platform.Kernel.Errors;
using Platform.Organization.Enterprises;

namespace Platform.Organization.Tests.Units;

public sealed class CreditCodeTests
{
    [Fact]
    public void The_published_sample_code_has_a_valid_check_character()
    {
        Assert.Equal('3', CreditCode.CheckCharacter("91350100M000100Y43"));
        Assert.Equal("91350100M000100Y43", CreditCode.Normalize(" 91350100m000100y43 "));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000100Y433", "18 characters")]
    [InlineData("91350100MO00100Y43", "letters")]
    [InlineData("", "18 characters")]
    public void A_wrong_code_is_refused_with_why(string code, string why)
    {
        var error = Assert.Throws<PlatformException>(() => CreditCode.Normalize(code));
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_sum_of_zero_is_written_as_the_digit_zero()
    {
        // Find a body whose weighted sum is a multiple of 31: its check character is '0', not the 32nd letter.
        var body = Enumerable.Range(0, 10_000).Select(i => $"9133010000000{i:D4}").First(b => CreditCode.CheckCharacter(b) == '0');
        Assert.True(CreditCode.IsValid(body + "0"));
    }
}
