using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;
using Platform.Host.Silo;
using Platform.Testing;

namespace Platform.Host.Tests.Silo;

public sealed class RememberedGrainInterfaceTypesTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public void Every_grain_interface_gets_the_type_orleans_would_give_it_and_the_remembering_provider_is_asked_first()
    {
        var providers = platform.Services.GetServices<IGrainInterfaceTypeProvider>().ToList();
        var resolver = platform.Services.GetRequiredService<GrainInterfaceTypeResolver>();
        var orleansAlone = new GrainInterfaceTypeResolver(
            providers.Where(p => p is not RememberedGrainInterfaceTypes), platform.Services.GetRequiredService<TypeConverter>());
        var interfaces = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Platform.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t) && !t.ContainsGenericParameters)
            .ToList();

        Assert.IsType<RememberedGrainInterfaceTypes>(providers[0]);
        Assert.NotEmpty(interfaces);
        // Twice: the first answer is worked out, the second remembered.
        for (var round = 0; round < 2; round++)
            Assert.All(interfaces, t => Assert.Equal(orleansAlone.GetGrainInterfaceType(t), resolver.GetGrainInterfaceType(t)));
    }
}
