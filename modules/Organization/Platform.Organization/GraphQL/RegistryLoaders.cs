using Marten;
using Platform.Organization.Branches;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;

namespace Platform.Organization.GraphQL;

/// <summary>The request's loaders (scoped): a list's rows share one query per kind of child (branch, enterprise, ...).</summary>
internal sealed class RegistryLoaders(IQuerySession session)
{
    private BatchLoader<District>? _districts;
    private BatchLoader<Community>? _communities;
    private BatchLoader<Enterprise>? _enterprises;
    private BatchLoader<Branch>? _branches;

    public BatchLoader<District> Districts => _districts ??= Create<District>(d => d.Id);

    public BatchLoader<Community> Communities => _communities ??= Create<Community>(c => c.Id);

    public BatchLoader<Enterprise> Enterprises => _enterprises ??= Create<Enterprise>(e => e.Id);

    public BatchLoader<Branch> Branches => _branches ??= Create<Branch>(b => b.Id);

    private BatchLoader<T> Create<T>(Func<T, Guid> id) where T : class => new(async (ids, ct) =>
        (await session.LoadManyAsync<T>(ct, ids)).ToDictionary(id));
}
