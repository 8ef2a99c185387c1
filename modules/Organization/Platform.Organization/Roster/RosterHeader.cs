using Platform.Kernel.Errors;
using Platform.Organization.Common;

namespace Platform.Organization.Roster;

internal enum RosterColumn
{
    Name,
    Phone,
    Sectors,
    Outlet,
    Branch,
    GridVolunteer,
    Community,
}

/// <summary>Which field of a record holds which column: read from the header row, English or Chinese names.</summary>
internal sealed class RosterHeader
{
    private static readonly Dictionary<string, RosterColumn> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = RosterColumn.Name, ["姓名"] = RosterColumn.Name,
        ["phone"] = RosterColumn.Phone, ["手机"] = RosterColumn.Phone,
        ["sectors"] = RosterColumn.Sectors, ["领域"] = RosterColumn.Sectors,
        ["outlet"] = RosterColumn.Outlet, ["网点"] = RosterColumn.Outlet,
        ["branch"] = RosterColumn.Branch, ["支部"] = RosterColumn.Branch,
        ["grid_volunteer"] = RosterColumn.GridVolunteer, ["网格员"] = RosterColumn.GridVolunteer,
        ["community"] = RosterColumn.Community, ["社区"] = RosterColumn.Community,
    };

    private static readonly RosterColumn[] Required = [RosterColumn.Name, RosterColumn.Phone, RosterColumn.Sectors, RosterColumn.Branch];

    private readonly Dictionary<RosterColumn, int> _index;

    private RosterHeader(Dictionary<RosterColumn, int> index, int width)
    {
        _index = index;
        Width = width;
    }

    public int Width { get; }

    public bool Has(RosterColumn column) => _index.ContainsKey(column);

    /// <summary>The field of the column with its white space tidied as names are stored, "" when absent.</summary>
    public string Get(CsvRecord record, RosterColumn column) =>
        _index.TryGetValue(column, out var i) && i < record.Fields.Count ? Input.Tidy(record.Fields[i]) : "";

    public static RosterHeader Parse(CsvRecord header)
    {
        var index = new Dictionary<RosterColumn, int>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var title = header.Fields[i].Trim();
            if (!Names.TryGetValue(title, out var column))
                throw PlatformException.Validation(
                    $"Unknown column '{title}'. The columns are name/姓名, phone/手机, sectors/领域, branch/支部, and optionally outlet/网点, grid_volunteer/网格员, community/社区.",
                    "csv");
            if (!index.TryAdd(column, i)) throw PlatformException.Validation($"The column '{title}' appears twice.", "csv");
        }
        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw PlatformException.Validation(
                $"The header lacks the column(s): {string.Join(", ", missing.Select(Title))}.", "csv");
        return new RosterHeader(index, header.Fields.Count);
    }

    private static string Title(RosterColumn column) => Names.First(n => n.Value == column).Key;
}
