namespace Platform.Recognition.Nominations;

/// <summary>
/// A nomination as one reader may see it. The committee's view (its members and the programme
/// office) has the reviews and the history; objectors are known to the programme office only,
/// so nobody need fear objecting.
/// </summary>
internal sealed record NominationView(Nomination Nomination, bool CommitteeView, bool OfficeView);

/// <summary>One step in a nomination's history: what, when, by whom and why.</summary>
internal sealed record NominationStep(string Action, DateTimeOffset At, string? By, string? Reason, long Version);
