namespace Platform.Recognition.Contracts;

/// <summary>What kind of subject a scheme honours.</summary>
public enum SubjectKind
{
    /// <summary>A gig worker (registry worker id).</summary>
    Worker,

    /// <summary>A branch (registry branch id).</summary>
    Branch,

    /// <summary>An enterprise (registry enterprise id).</summary>
    Enterprise,

    /// <summary>A warm station (暖蜂驿站); the registry has none yet, so no nomination can name one.</summary>
    WarmStation,
}

/// <summary>The subject of a nomination or an honour: its kind and its registry id.</summary>
/// <param name="Kind">Worker, branch, enterprise or warm station.</param>
/// <param name="Id">The subject's id in the registry.</param>
public sealed record SubjectRef(SubjectKind Kind, Guid Id);

/// <summary>A name in the programme's two languages: Chinese first, English available.</summary>
/// <param name="Zh">Chinese.</param>
/// <param name="En">English.</param>
public sealed record LocalizedName(string Zh, string En);
