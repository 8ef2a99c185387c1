namespace Platform.Host.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: limits every request is held to.</summary>
internal sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    public int MaxDepth { get; set; } = 15;
    public int MaxComplexity { get; set; } = 2_000;
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Null means on in Development, off elsewhere.</summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>Null means on in Development, off elsewhere.</summary>
    public bool? EnableExplorer { get; set; }
}
