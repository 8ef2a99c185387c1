using Microsoft.Extensions.Configuration;

namespace Platform.Host.Tests.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Every_module_is_enabled_unless_configuration_says_otherwise()
    {
        var enabled = ModuleCatalog.Enabled(Configuration());
        Assert.Equal(ModuleCatalog.All.Select(m => m.Name), enabled.Select(m => m.Name));
    }

    [Fact]
    public void Switching_off_a_module_the_platform_cannot_run_without_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.Enabled(Configuration(("Modules:Access:Enabled", "false"))));
        Assert.Contains("Modules:Access:Enabled", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
}
