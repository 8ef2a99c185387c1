using Platform.Points.Rules;
using Platform.Testing;

namespace Platform.Points.Tests.Rules;

/// <summary>The platform reading a rules file of the test's own.</summary>
public class RulesFilePlatform(string yaml) : TestPlatform, IAsyncLifetime
{
    public string RulesFile { get; } = RuleFiles.Write(yaml);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Points:RulesFile"] = RulesFile };

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        File.Delete(RulesFile);
    }
}

public sealed class RulesStartupTests
{
    [Fact]
    public async Task A_bad_rules_file_stops_the_host_naming_the_file_the_line_and_the_reason()
    {
        var platform = new RulesFilePlatform("""
            version: "2026.9"
            rules:
              - id: theme-day
                source: Activity
                type: ThemeDay
                points: 5000
            """);
        try
        {
            var failure = await Assert.ThrowsAsync<PointRulesFileException>(platform.InitializeAsync);

            Assert.Contains($"{platform.RulesFile}:6:", failure.Message, StringComparison.Ordinal);
            Assert.Contains("between 1 and 1000, not 5000", failure.Message, StringComparison.Ordinal);
            Assert.Equal(6, Assert.Single(failure.Errors).Line);
        }
        finally
        {
            await ((IAsyncLifetime)platform).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_missing_rules_file_stops_the_host_too()
    {
        var platform = new RulesFilePlatform("version: x");
        File.Delete(platform.RulesFile);
        try
        {
            var failure = await Assert.ThrowsAsync<PointRulesFileException>(platform.InitializeAsync);
            Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)platform).DisposeAsync();
        }
    }
}
