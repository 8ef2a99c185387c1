using Platform.Access;
using Platform.Organization;
using Platform.Points;
using Platform.Recognition;
using Platform.Kernel.Modules;

namespace Platform.Host;

/// <summary>Every module the host knows, listed by hand; configuration switches each off with <c>Modules:Name:Enabled=false</c>.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IPlatformModule> All { get; } = [new AccessModule(), new OrganizationModule(), new PointsModule(), new RecognitionModule()];

    /// <summary>Sign-in and authorization rest on Access; every other module needs the registry.</summary>
    private static readonly string[] Required = ["Access", "Organization"];

    public static IReadOnlyList<IPlatformModule> Enabled(IConfiguration configuration)
    {
        var enabled = All.Where(m => configuration.GetValue($"Modules:{m.Name}:Enabled", defaultValue: true)).ToList();
        var missing = Required.Except(enabled.Select(m => m.Name)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"Modules:{missing[0]}:Enabled cannot be false: the platform does not run without {missing[0]}.");
        return enabled;
    }
}
