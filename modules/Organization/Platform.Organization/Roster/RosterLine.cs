using Platform.Kernel.Validation;
using Platform.Organization.Common;
using Platform.Organization.Contracts;
using Platform.Organization.Workers;

namespace Platform.Organization.Roster;

/// <summary>
/// A roster row that passed every check. Optional columns left empty are "not stated"
/// (<c>OutletGiven</c> false, <c>GridVolunteer</c> null): they change nothing on an existing worker.
/// </summary>
internal sealed record RosterLine(
    int Row, string Name, string Phone, IReadOnlyList<Sector> Sectors, Guid BranchId,
    bool OutletGiven, Guid? OutletId, bool? GridVolunteer, Guid? CommunityId)
{
    private static readonly char[] SectorSeparators = ['|', '、'];

    /// <summary>Reads and checks one record; null with the reason when the row is rejected.</summary>
    public static RosterLine? Read(CsvRecord record, RosterHeader header, RosterLookups lookups, out string reason)
    {
        reason = "";
        if (record.Fields.Count > header.Width)
            return Reject(out reason, $"The row has {record.Fields.Count} fields, the header {header.Width}.");
        if (!WorkerInput.TryName(header.Get(record, RosterColumn.Name), out var name))
            return Reject(out reason, WorkerInput.NameRule);
        if (!PhoneNumber.TryNormalize(header.Get(record, RosterColumn.Phone), out var phone))
            return Reject(out reason, PhoneNumber.Rule);

        var sectors = new List<Sector>();
        foreach (var part in header.Get(record, RosterColumn.Sectors).Split(SectorSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!WorkerInput.TryParseSector(part, out var sector))
                return Reject(out reason, $"Unknown sector '{part}': use 快递, 外卖, 网约车 or 货车 (or Express, FoodDelivery, RideHailing, Freight).");
            sectors.Add(sector);
        }
        if (sectors.Count == 0) return Reject(out reason, "Name one or more sectors, separated by | or 、.");

        if (lookups.Branch(header.Get(record, RosterColumn.Branch), out var branchId) is { } noBranch)
            return Reject(out reason, header.Get(record, RosterColumn.Branch).Length == 0 ? "Name the branch." : noBranch);

        var outletText = header.Get(record, RosterColumn.Outlet);
        Guid? outletId = null;
        if (outletText.Length > 0)
        {
            if (lookups.Outlet(outletText, out var outlet) is { } noOutlet) return Reject(out reason, noOutlet);
            outletId = outlet;
        }

        if (!TryYesNo(header.Get(record, RosterColumn.GridVolunteer), out var volunteer))
            return Reject(out reason, "grid_volunteer is yes/no, 是/否 or true/false (or empty).");
        var communityText = header.Get(record, RosterColumn.Community);
        Guid? communityId = null;
        if (volunteer == true)
        {
            if (communityText.Length == 0) return Reject(out reason, "A grid volunteer serves a community: name it.");
            if (lookups.Community(communityText, out var community) is { } noCommunity) return Reject(out reason, noCommunity);
            communityId = community;
        }
        else if (communityText.Length > 0)
        {
            return Reject(out reason, "A community is named only for a grid volunteer (grid_volunteer yes).");
        }

        return new RosterLine(record.Row, name, phone, sectors.Distinct().Order().ToList(), branchId,
            outletText.Length > 0, outletId, volunteer, communityId);
    }

    private static bool TryYesNo(string text, out bool? value)
    {
        value = text.ToLowerInvariant() switch
        {
            "" => null,
            "yes" or "是" or "true" => true,
            "no" or "否" or "false" => false,
            _ => (bool?)null,
        };
        return value is not null || text.Length == 0;
    }

    private static RosterLine? Reject(out string reason, string why)
    {
        reason = why;
        return null;
    }
}
