using System.Security.Cryptography;
using JasperFx.Events;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Approval and the honour, appended together once the notice is over with no objection open or
/// upheld. The certificate number is random, so knowing one does not lead to others.
/// </summary>
internal static class Awarding
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static bool Ready(Nomination nomination) =>
        nomination.Status == NominationStatus.NoticeEnded && nomination.Objections.All(o => o.Status == ObjectionStatus.Dismissed);

    public static void Append(Nomination nomination, IEventStream<Nomination> stream, DateTimeOffset now) =>
        stream.AppendMany(
            new NominationApproved(nomination.Id),
            new HonourAwarded(nomination.Id, nomination.SchemeId, nomination.Period, nomination.Subject, nomination.SubjectName,
                CertificateNumber(now), now));

    private static string CertificateNumber(DateTimeOffset now)
    {
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"JF{now.Year}-{code}";
    }
}
