using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.Host.Tests.Configuration;

public sealed class ConfigurationWatchTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public void No_configuration_file_is_watched_for_changes()
    {
        // A watched file means a watcher on the whole content root, which holds the embedded
        // PostgreSQL's data folder: the host would follow every file the database writes.
        var configuration = (IConfigurationRoot)platform.Services.GetRequiredService<IConfiguration>();
        var files = configuration.Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched for changes."));
    }
}
