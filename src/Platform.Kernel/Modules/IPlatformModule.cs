using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Kernel.Modules;

/// <summary>
/// A module's entry point. The host lists its modules explicitly and calls each enabled one
/// once at start-up; a module registers everything it owns here (Marten configuration, GraphQL
/// group types, services).
/// </summary>
public interface IPlatformModule
{
    /// <summary>The name used in configuration: <c>Modules:{Name}:Enabled</c>.</summary>
    string Name { get; }

    /// <summary>Registers the module's services.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);
}
