using Platform.Kernel.Errors;
using Platform.Kernel.Validation;

namespace Platform.Access.Tests.Units;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("0086 13800138000", "13800138000")]
    [InlineData(" 199 0000 1111 ", "19900001111")]
    public void Mainland_mobile_numbers_are_kept_as_their_eleven_digits(string input, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(input, out var phone));
        Assert.Equal(expected, phone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("1380013800a")]
    [InlineData("010-12345678")]
    public void Anything_else_is_refused_with_the_field_named(string input)
    {
        Assert.False(PhoneNumber.TryNormalize(input, out _));
        var error = Assert.Throws<PlatformException>(() => PhoneNumber.Normalize(input));
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal("phone", error.Details["field"]);
    }
}
