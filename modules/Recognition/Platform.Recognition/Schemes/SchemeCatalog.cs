using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Schemes;

/// <summary>Every scheme the host runs: those from files and those written in code.</summary>
internal sealed class SchemeCatalog(IEnumerable<IHonourScheme> schemes)
{
    private readonly IReadOnlyDictionary<string, IHonourScheme> _byId = schemes.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<IHonourScheme> All => (IReadOnlyCollection<IHonourScheme>)_byId.Values;

    public IHonourScheme? Find(string id) => _byId.GetValueOrDefault(id);

    public IHonourScheme Require(string id) =>
        Find(id) ?? throw new PlatformException(ErrorCodes.NotFound, $"There is no honour scheme '{id}'.");
}
