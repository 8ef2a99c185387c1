using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Contracts;
using Platform.Testing;

namespace Platform.Recognition.Tests.Eligibility;

/// <summary>The platform with the code schemes of these tests; the scheme catalog collects every <see cref="IHonourScheme"/>.</summary>
public sealed class CodeSchemePlatform : TestPlatform
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        foreach (var scheme in CodeScheme.All()) services.AddSingleton(scheme);
    }
}
