using System.Text;
using Platform.Kernel.Errors;
using Platform.Organization.Common;
using Platform.Organization.Contracts;

namespace Platform.Organization.Workers;

/// <summary>Checks on a worker's name and sectors, shared by the mutations and the roster import.</summary>
internal static class WorkerInput
{
    public const int MaxNameLength = 32;
    public const string NameRule = "A worker's name has 1 to 32 characters: letters, with · between the parts of a name such as 买买提·艾力.";

    // Middle dots join the parts of Uyghur, Tibetan and foreign names written in Chinese.
    private static readonly Rune[] Joiners = [new('·'), new('•'), new('・'), new(' '), new('-'), new('\'')];

    public static bool TryName(string? input, out string name)
    {
        name = Input.Tidy(input);
        var runes = name.EnumerateRunes().ToList();
        return runes.Count is >= 1 and <= MaxNameLength
            && runes.Any(Rune.IsLetter)
            && runes.All(r => Rune.IsLetter(r) || Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.NonSpacingMark || Joiners.Contains(r));
    }

    public static string Name(string? input, string field = "name") =>
        TryName(input, out var name) ? name : throw PlatformException.Validation(NameRule, field);

    public static IReadOnlyList<Sector> Sectors(IEnumerable<Sector>? sectors, string field = "sectors") =>
        Input.NonEmptySet(sectors, field, "A worker works in one or more sectors.");

    /// <summary>A sector by its code name (Express, FOOD_DELIVERY, ...) or its Chinese name (快递, 外卖, 网约车, 货车).</summary>
    public static bool TryParseSector(string text, out Sector sector)
    {
        var key = text.Trim();
        Sector? found = key switch
        {
            "快递" => Sector.Express,
            "外卖" => Sector.FoodDelivery,
            "网约车" => Sector.RideHailing,
            "货车" => Sector.Freight,
            _ => Enum.TryParse<Sector>(key.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
                && Enum.IsDefined(parsed) && !key.Any(char.IsDigit) ? parsed : null,
        };
        sector = found ?? default;
        return found is not null;
    }

    public static bool SameSectors(IReadOnlyList<Sector> a, IReadOnlyList<Sector> b) => a.ToHashSet().SetEquals(b);
}
