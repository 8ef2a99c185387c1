using Marten;
using Platform.Kernel.Validation;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Sessions for the work the rewards subscription does on its own: no request user, so the change
/// is recorded as made by whoever made the honour event it follows, with the reason it follows.
/// </summary>
internal static class RewardSessions
{
    public const string System = "system:recognition-rewards";

    public static IDocumentSession Open(IDocumentStore store, string? by, string reason)
    {
        var session = store.LightweightSession();
        session.LastModifiedBy = string.IsNullOrWhiteSpace(by) ? System : by;
        // The reason quotes the honour's (a revocation's, already checked there): cut, never refused, or the subscription would stall.
        var trimmed = reason.Trim();
        session.SetHeader("reason", trimmed.Length <= ChangeReason.MaxLength ? trimmed : trimmed[..ChangeReason.MaxLength]);
        return session;
    }
}
