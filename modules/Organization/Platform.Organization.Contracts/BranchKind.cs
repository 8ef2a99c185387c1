namespace Platform.Organization.Contracts;

/// <summary>Where a branch is built.</summary>
public enum BranchKind
{
    /// <summary>In an enterprise.</summary>
    Enterprise,

    /// <summary>In an industry association (行业商协会).</summary>
    IndustryAssociation,

    /// <summary>By area, as a fallback (区域兜底).</summary>
    Area,
}
