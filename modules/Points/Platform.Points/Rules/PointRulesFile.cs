using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.DataFiles;

namespace Platform.Points.Rules;

/// <summary>The <c>Points:RulesFile</c> setting: the rules file, relative to the host's content root unless absolute.</summary>
internal sealed class PointRulesOptions
{
    public const string Section = "Points";

    public string RulesFile { get; set; } = "rules/points.yaml";
}

/// <summary>
/// The host's rules file, read once. A file that is missing or not valid throws
/// <see cref="PointRulesFileException"/>; <see cref="PointRulesCheck"/> makes that happen while the host starts.
/// </summary>
internal sealed class PointRulesFile(IOptions<PointRulesOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<RuleSet> _rules = new(() => Load(Path.GetFullPath(options.Value.RulesFile, environment.ContentRootPath)));

    public RuleSet Rules => _rules.Value;

    private static RuleSet Load(string path)
    {
        if (!File.Exists(path)) throw new PointRulesFileException(path, [new DataFileError(path, 0, 0, "the file does not exist (setting Points:RulesFile).")]);
        var result = RuleFileParser.Parse(File.ReadAllText(path), path);
        return result.Rules ?? throw new PointRulesFileException(path, result.Errors);
    }
}

/// <summary>Reads the rules file as the host starts, before anything else: a bad file stops the host, not the first award.</summary>
internal sealed class PointRulesCheck(PointRulesFile file) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = file.Rules;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
