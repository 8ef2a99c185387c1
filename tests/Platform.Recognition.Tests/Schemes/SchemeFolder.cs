using Microsoft.Extensions.Configuration;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes.Files;

namespace Platform.Recognition.Tests.Schemes;

/// <summary>A schemes folder of the test's own in the temp folder; deleted on dispose.</summary>
internal sealed class SchemeFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"jufeng-schemes-{Guid.NewGuid():N}");

    public SchemeFolder(params (string Name, string Yaml)[] files)
    {
        Directory.CreateDirectory(Path);
        foreach (var (name, yaml) in files) File.WriteAllText(System.IO.Path.Combine(Path, name), yaml);
    }

    /// <summary>A valid worker scheme with this id, in a file of its name.</summary>
    public static (string, string) Scheme(string id) => ($"{id}.yaml", SchemeFileValidationTests.Valid.Replace("id: Test", $"id: {id}", StringComparison.Ordinal));

    public static IReadOnlyList<IHonourScheme> Load(string? folder, IEnumerable<IHonourScheme>? code = null, IEnumerable<IRewardPolicy>? policies = null)
    {
        var settings = new Dictionary<string, string?>();
        if (folder is not null) settings[SchemeFiles.FolderSetting] = folder;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new SchemeFiles(configuration, code ?? [], policies ?? []).All;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
