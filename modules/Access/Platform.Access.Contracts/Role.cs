namespace Platform.Access.Contracts;

/// <summary>What a user may do on the platform. Each role but ProgrammeAdmin is scoped.</summary>
public enum Role
{
    /// <summary>Runs the programme city-wide; unscoped.</summary>
    ProgrammeAdmin,

    /// <summary>Administers one enterprise: scope is the enterprise id.</summary>
    EnterpriseAdmin,

    /// <summary>Leads one branch: scope is the branch id.</summary>
    Secretary,

    /// <summary>Reviews nominations: scope is the review committee id.</summary>
    CommitteeMember,

    /// <summary>Verifies grid work and reports in one community: scope is the community id.</summary>
    Verifier,

    /// <summary>A gig worker: scope is the worker's own id.</summary>
    Worker,
}
