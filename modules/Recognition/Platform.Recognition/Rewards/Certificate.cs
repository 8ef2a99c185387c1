using Platform.Recognition.Contracts;

namespace Platform.Recognition.Rewards;

internal enum CertificateStatus
{
    Valid,
    Revoked,
}

/// <summary>
/// The certificate of an honour (id: the honour's), written when its rewards are granted and marked
/// revoked with the honour. Anyone may verify it by its number and sees only what is printed on it;
/// the subject's kind and id stay inside, for deciding who may read the honour's rewards.
/// </summary>
internal sealed record Certificate(
    Guid Id, string Number, string SchemeId, LocalizedName SchemeName, SubjectRef Subject, string SubjectName, string Period,
    DateTimeOffset AwardedAt, CertificateStatus Status, DateTimeOffset? RevokedAt);
