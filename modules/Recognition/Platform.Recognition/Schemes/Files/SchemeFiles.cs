using Microsoft.Extensions.Configuration;
using Platform.DataFiles;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Schemes.Files;

/// <summary>
/// The schemes the host runs: one per file in the schemes folder (<c>Recognition:SchemesFolder</c>,
/// default <c>schemes</c> beside the host), then those written in code. Read once; anything wrong
/// throws <see cref="SchemeFilesException"/> with every error, which <see cref="SchemeCheck"/> makes
/// happen while the host starts.
/// </summary>
internal sealed class SchemeFiles(IConfiguration configuration, IEnumerable<IHonourScheme> codeSchemes, IEnumerable<IRewardPolicy> rewardPolicies)
{
    public const string FolderSetting = "Recognition:SchemesFolder";

    private readonly Lazy<IReadOnlyList<IHonourScheme>> _all = new(() => Load(configuration[FolderSetting], codeSchemes, rewardPolicies));

    public IReadOnlyList<IHonourScheme> All => _all.Value;

    private static IReadOnlyList<IHonourScheme> Load(string? configured, IEnumerable<IHonourScheme> codeSchemes, IEnumerable<IRewardPolicy> rewardPolicies)
    {
        var folder = Path.GetFullPath(configured ?? "schemes", AppContext.BaseDirectory);
        var errors = new List<DataFileError>();
        var policies = rewardPolicies.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var schemes = new List<IHonourScheme>();
        // Where each id is defined: a file's id (file, line, column) or a code scheme (its type, no place).
        var seen = new Dictionary<string, DataFileError>(StringComparer.OrdinalIgnoreCase);

        // A folder nobody configured may be absent: the module then runs without file schemes.
        string[] files = Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)] : [];
        if (configured is not null && !Directory.Exists(folder))
            errors.Add(new DataFileError(folder, 0, 0, $"the folder does not exist (setting {FolderSetting})."));
        foreach (var file in files)
        {
            var result = SchemeFileParser.Parse(file, File.ReadAllText(file), policies);
            errors.AddRange(result.Errors);
            if (result.Scheme is not { } scheme) continue;
            var here = new DataFileError(file, result.IdLine, result.IdColumn, "");
            if (seen.TryGetValue(scheme.Id, out var first))
                errors.Add(here with { Message = $"scheme id '{scheme.Id}' is already the id of {Path.GetFileName(first.File)} (ids are unique, whatever their case)." });
            else
            {
                seen[scheme.Id] = here;
                schemes.Add(scheme);
            }
        }
        foreach (var scheme in codeSchemes)
        {
            var type = $"code scheme {scheme.GetType().FullName}";
            if (seen.TryGetValue(scheme.Id, out var first))
                errors.Add(first with { Message = $"scheme id '{scheme.Id}' is also the id of the {type}: ids are unique across files and code." });
            else
            {
                seen[scheme.Id] = new DataFileError(type, 0, 0, "");
                schemes.Add(scheme);
            }
        }
        return errors.Count > 0 ? throw new SchemeFilesException(errors) : schemes;
    }
}
