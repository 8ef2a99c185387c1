using Platform.Kernel.Validation;
using Platform.Organization.Common;
using Platform.Organization.Contracts;
using Platform.Organization.Workers;

namespace Platform.Organization.Tests.Units;

public sealed class WorkerInputTests
{
    [Theory]
    [InlineData("王小明", "王小明")]
    [InlineData("  欧阳 娜娜 ", "欧阳 娜娜")]
    [InlineData("买买提·艾力", "买买提·艾力")]
    [InlineData("𠈌", "𠈌")]
    public void Chinese_names_are_accepted(string input, string expected)
    {
        Assert.True(WorkerInput.TryName(input, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("王小明2")]
    [InlineData("<script>")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三")]
    public void Names_with_digits_symbols_or_more_than_32_characters_are_refused(string input)
    {
        Assert.False(WorkerInput.TryName(input, out _));
    }

    [Theory]
    [InlineData("快递", Sector.Express)]
    [InlineData("外卖", Sector.FoodDelivery)]
    [InlineData("网约车", Sector.RideHailing)]
    [InlineData("货车", Sector.Freight)]
    [InlineData("FoodDelivery", Sector.FoodDelivery)]
    [InlineData("FOOD_DELIVERY", Sector.FoodDelivery)]
    [InlineData("ride_hailing", Sector.RideHailing)]
    public void Sectors_are_read_by_code_or_chinese_name(string text, Sector expected)
    {
        Assert.True(WorkerInput.TryParseSector(text, out var sector));
        Assert.Equal(expected, sector);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("外賣送餐")]
    [InlineData("")]
    public void Unknown_sectors_are_refused(string text) => Assert.False(WorkerInput.TryParseSector(text, out _));

    [Theory]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("+86 138-0013-8000", "13800138000")]
    public void Phones_are_kept_as_eleven_digits(string input, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(input, out var phone));
        Assert.Equal(expected, phone);
    }
}
