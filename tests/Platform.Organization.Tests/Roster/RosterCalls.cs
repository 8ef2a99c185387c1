using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.Organization.Tests.Roster;

internal static class RosterCalls
{
    public const string Import = """
        mutation($e: ID!, $csv: String!, $r: String!) { organization { importRoster(enterpriseId: $e, csv: $csv, reason: $r) {
          accepted updated unchanged rejected rejectedRows { row phone reason: message } rows { row phone outcome workerId message } } } }
        """;

    public static Task<GraphQLResponse> ImportAsync(this GraphQLClient client, string token, Guid enterpriseId, string csv, string reason = "月度花名册") =>
        client.SendAsync(Import, new { e = enterpriseId, csv, r = reason }, token);

    public static async Task<JsonNode> ImportOkAsync(this GraphQLClient client, string token, Guid enterpriseId, string csv) =>
        (await client.ImportAsync(token, enterpriseId, csv)).Org()["importRoster"]!;

    public static (int Accepted, int Updated, int Unchanged, int Rejected) Counts(this JsonNode result) => (
        result["accepted"]!.GetValue<int>(), result["updated"]!.GetValue<int>(),
        result["unchanged"]!.GetValue<int>(), result["rejected"]!.GetValue<int>());

    /// <summary>
    /// Every event in the database: proves that a call appended nothing. Marten's tombstones (placed
    /// where a failed transaction took sequence numbers, so the sequence has no gaps) are not events of ours.
    /// </summary>
    public static async Task<int> EventCountAsync(this TestPlatform platform)
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName != "tombstone").CountAsync();
    }
}
