using Marten;
using Platform.Organization.Branches;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;
using Platform.Organization.Workers;

namespace Platform.Organization.Roster;

/// <summary>
/// Everything a roster file names, loaded up front in one query per kind (not one per row): the
/// branches and communities it names by id or name, and the workers who have its phone numbers.
/// </summary>
internal sealed class RosterLookups
{
    private readonly Dictionary<Guid, Branch> _branches;
    private readonly ILookup<string, Branch> _branchesByName;
    private readonly Dictionary<Guid, Community> _communities;
    private readonly ILookup<string, Community> _communitiesByName;

    private RosterLookups(Enterprise enterprise, IReadOnlyList<Branch> branches, IReadOnlyList<Community> communities, IReadOnlyList<Worker> workers)
    {
        Enterprise = enterprise;
        _branches = branches.ToDictionary(b => b.Id);
        _branchesByName = branches.ToLookup(b => b.Name, StringComparer.Ordinal);
        _communities = communities.ToDictionary(c => c.Id);
        _communitiesByName = communities.ToLookup(c => c.Name, StringComparer.Ordinal);
        WorkersByPhone = workers.ToDictionary(w => w.Phone, StringComparer.Ordinal);
    }

    public Enterprise Enterprise { get; }

    public IReadOnlyDictionary<string, Worker> WorkersByPhone { get; }

    public static async Task<RosterLookups> LoadAsync(
        IQuerySession session, Enterprise enterprise, IReadOnlyCollection<string> branchRefs, IReadOnlyCollection<string> communityRefs,
        IReadOnlyCollection<string> phones, CancellationToken cancellationToken)
    {
        var (branchIds, branchNames) = Split(branchRefs);
        var (communityIds, communityNames) = Split(communityRefs);
        var phoneList = phones.ToArray();
        var branches = await session.Query<Branch>()
            .Where(b => b.Id.IsOneOf(branchIds) || b.Name.IsOneOf(branchNames)).ToListAsync(cancellationToken);
        var communities = communityRefs.Count == 0 ? [] : await session.Query<Community>()
            .Where(c => c.Id.IsOneOf(communityIds) || c.Name.IsOneOf(communityNames)).ToListAsync(cancellationToken);
        var workers = await session.Query<Worker>().Where(w => w.Phone.IsOneOf(phoneList)).ToListAsync(cancellationToken);
        return new RosterLookups(enterprise, branches, communities, workers);
    }

    public string? Branch(string text, out Guid branchId) =>
        Resolve(text, _branches, _branchesByName, b => b.Id, "branch", out branchId);

    public string? Community(string text, out Guid communityId) =>
        Resolve(text, _communities, _communitiesByName, c => c.Id, "community", out communityId);

    public string? Outlet(string text, out Guid outletId)
    {
        var outlet = Guid.TryParse(text, out var id) ? Enterprise.FindOutlet(id) : Enterprise.Outlets.FirstOrDefault(o => o.Name == text);
        outletId = outlet?.Id ?? Guid.Empty;
        return outlet is null ? $"{Enterprise.Name} has no outlet '{text}'." : null;
    }

    /// <summary>Null when found, else why not.</summary>
    private static string? Resolve<T>(
        string text, Dictionary<Guid, T> byId, ILookup<string, T> byName, Func<T, Guid> idOf, string what, out Guid id)
    {
        id = Guid.Empty;
        if (Guid.TryParse(text, out var parsed))
        {
            if (!byId.ContainsKey(parsed)) return $"No {what} has id {text}.";
            id = parsed;
            return null;
        }
        var named = byName[text].ToList();
        if (named.Count == 0) return $"Unknown {what} '{text}'.";
        if (named.Count > 1) return $"More than one {what} is named '{text}': use its id.";
        id = idOf(named[0]);
        return null;
    }

    private static (Guid[] Ids, string[] Names) Split(IReadOnlyCollection<string> refs) =>
        (refs.Select(r => Guid.TryParse(r, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToArray(),
         refs.Where(r => !Guid.TryParse(r, out _)).Distinct().ToArray());
}
