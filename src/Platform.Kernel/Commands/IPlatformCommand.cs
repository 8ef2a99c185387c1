namespace Platform.Kernel.Commands;

/// <summary>
/// An operator's command run against a started platform (<c>Platform.Host &lt;name&gt;</c>), e.g.
/// <c>reconcile</c>. Modules register theirs as services; the exit code says whether it succeeded.
/// </summary>
public interface IPlatformCommand
{
    /// <summary>The word that runs it.</summary>
    string Name { get; }

    /// <summary>One line for the list of commands.</summary>
    string Description { get; }

    /// <summary>Runs with the started platform's services; 0 is success.</summary>
    Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken);
}
