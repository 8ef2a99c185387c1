using Platform.Recognition.Contracts;
using Platform.Recognition.Eligibility;

namespace Platform.Recognition.Candidates;

/// <summary>A subject that meets a scheme's eligibility for a period, in its place among the suggestions.</summary>
internal sealed record Candidate(int Rank, SubjectRecord Subject, SubjectFacts Facts, EligibilityOutcome Outcome);
