using Platform.Access;
using Platform.Kernel.Modules;

namespace Platform.Host;

/// <summary>Every module the host knows, listed by hand; configuration switches each off with <c>Modules:Name:Enabled=false</c>.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IPlatformModule> All { get; } = [new AccessModule()];

    public static IReadOnlyList<IPlatformModule> Enabled(IConfiguration configuration) =>
        All.Where(m => configuration.GetValue($"Modules:{m.Name}:Enabled", defaultValue: true)).ToList();
}
