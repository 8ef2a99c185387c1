namespace Platform.Host.Demo;

/// <summary>
/// The review committees the shipped schemes name (city-honours, enterprise-honours), each with the
/// demo's three committee members, so a nomination can be reviewed from end to end.
/// </summary>
internal sealed class DemoCommittees(InProcessGraphQL api, CancellationToken cancellationToken)
{
    private const string Reason = "演示数据";

    public static readonly (string Phone, string Name)[] Members =
    [
        ("13800000004", "演示·评审委员"),
        ("13800000007", "演示·评审委员乙"),
        ("13800000008", "演示·评审委员丙"),
    ];

    /// <summary>Forms the committees and returns the id of city-honours, the scope of the demo committee sign-ins.</summary>
    public async Task<(Guid City, Guid Enterprise)> FormAsync() =>
        (await FormAsync("city-honours", "中山市新就业群体荣誉评审委员会"), await FormAsync("enterprise-honours", "中山市企业荣誉评审委员会"));

    /// <summary>Appoints every demo member (their accounts exist, with the demo password) to both committees.</summary>
    public async Task AppointAsync(Guid city, Guid enterprise)
    {
        foreach (var committee in new[] { city, enterprise })
            foreach (var (phone, name) in Members)
                await api.RunAsync(
                    "mutation($c: ID!, $p: String!, $n: String!, $r: String!) { recognition { appointCommitteeMember(committeeId: $c, phone: $p, name: $n, reason: $r) { member { userId } } } }",
                    new { c = committee, p = phone, n = name, r = Reason }, cancellationToken);
    }

    private async Task<Guid> FormAsync(string code, string name)
    {
        var data = await api.RunAsync(
            "mutation($c: String!, $n: String!, $r: String!) { recognition { formReviewCommittee(code: $c, name: $n, reason: $r) { id } } }",
            new { c = code, n = name, r = Reason }, cancellationToken);
        return Guid.Parse(data["recognition"]!["formReviewCommittee"]!["id"]!.GetValue<string>());
    }
}
