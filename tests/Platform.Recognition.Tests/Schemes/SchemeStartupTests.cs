using Platform.Recognition.Schemes.Files;
using Platform.Testing;

namespace Platform.Recognition.Tests.Schemes;

/// <summary>The platform reading the schemes folder of the test's own.</summary>
public sealed class SchemeFolderPlatform(string folder) : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { [SchemeFiles.FolderSetting] = folder };
}

public sealed class SchemeStartupTests
{
    [Fact]
    public async Task A_bad_scheme_file_stops_the_host_naming_the_file_the_line_the_column_and_the_reason()
    {
        using var folder = new SchemeFolder(("Test.yaml", SchemeFileValidationTests.Valid.Replace("points >= 300", "points >= 300 or pointz > 1", StringComparison.Ordinal)));
        var platform = new SchemeFolderPlatform(folder.Path);
        try
        {
            var failure = await Assert.ThrowsAsync<SchemeFilesException>(platform.InitializeAsync);

            Assert.Contains($"{Path.Combine(folder.Path, "Test.yaml")}:7:22: rule 'points >= 300 or pointz > 1', column 18: unknown fact 'pointz'",
                failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await platform.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_configured_schemes_folder_that_is_missing_stops_the_host()
    {
        var platform = new SchemeFolderPlatform(Path.Combine(Path.GetTempPath(), $"jufeng-no-schemes-{Guid.NewGuid():N}"));
        try
        {
            var failure = await Assert.ThrowsAsync<SchemeFilesException>(platform.InitializeAsync);
            Assert.Contains("the folder does not exist", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await platform.DisposeAsync();
        }
    }
}
