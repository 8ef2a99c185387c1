namespace Platform.Organization.Roster;

internal enum RosterOutcome
{
    Accepted,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>One row's outcome; <c>Message</c> is the reason of a rejection, or a note on an accepted change.</summary>
internal sealed record RosterRowResult(int Row, string Phone, RosterOutcome Outcome, Guid? WorkerId, string? Message);

internal sealed record RosterImportResult(IReadOnlyList<RosterRowResult> Rows)
{
    public int Count(RosterOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    public IReadOnlyList<RosterRowResult> Rejected => Rows.Where(r => r.Outcome == RosterOutcome.Rejected).ToList();
}
