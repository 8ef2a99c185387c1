namespace Platform.Recognition.Nominations;

/// <summary>
/// One open nomination per scheme, period and subject: the id is that triple, so a second draft
/// fails on the primary key even when two nominators race. Removed when the nomination closes
/// without an honour, so the subject may be nominated again.
/// </summary>
internal sealed record NominationClaim(string Id, Guid NominationId)
{
    public static string KeyOf(string schemeId, string period, Contracts.SubjectRef subject) =>
        $"{schemeId}|{period}|{subject.Kind}|{subject.Id}";
}
