using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.Recognition.Tests.Nominations;

public sealed class HonourRewardTests(RecognitionPlatform platform) : IClassFixture<RecognitionPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task An_honour_brings_its_bonus_points_once_and_revoking_it_takes_them_back()
    {
        var world = await platform.WorldAsync();
        var (worker, workerToken) = await world.WorkerAsync(Client, "周师傅");
        var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Bonus, worker)).Id();
        await Client.VoteAsync(world.Members[0], id, true);
        await Client.VoteAsync(world.Members[1], id, true);
        var awarded = await Client.AwaitStatusAsync(world.Admin, id, "AWARDED", RecognitionPlatform.NoticeDay * 6);
        Assert.Equal("AWARDED", awarded.Status());

        await RewardsSettledAsync();
        Assert.Equal(50, await BalanceAsync(workerToken));
        var rewards = (await Client.SendAsync("{ recognition { myRewards { kind status } } }", null, workerToken)).Recognition("myRewards").AsArray();
        Assert.Contains(rewards, r => r!["kind"]!.GetValue<string>() == "BONUS_POINTS" && r["status"]!.GetValue<string>() == "DELIVERED");
        var dossier = (await Client.SendAsync("query($n: ID!) { recognition { nomination(id: $n) { rewards { kind status } } } }", new { n = id }, world.Admin))
            .Recognition("nomination");
        Assert.Equal(2, dossier["rewards"]!.AsArray().Count);
        var certificate = (await Client.SendAsync("query($n: String!) { recognition { certificate(number: $n) { status subjectName } } }",
            new { n = awarded["certificateNumber"]!.GetValue<string>() })).Recognition("certificate");
        Assert.Equal("VALID", certificate["status"]!.GetValue<string>());

        var revoked = (await Client.StepAsync(world.Admin, "revokeHonour", id, "事迹经查不实")).Recognition("revokeHonour");
        Assert.Equal("REVOKED", revoked.Status());
        await RewardsSettledAsync();

        Assert.Equal(0, await BalanceAsync(workerToken));
        var roll = (await Client.SendAsync("query($s: String) { recognition { honourRoll(schemeId: $s) { name } } }", new { s = RecognitionPlatform.Bonus })).Recognition("honourRoll");
        Assert.Empty(roll.AsArray());
        var mine = (await Client.SendAsync("{ recognition { myHonours { revoked revocationReason } } }", null, workerToken)).Recognition("myHonours");
        Assert.True(Assert.Single(mine.AsArray())!["revoked"]!.GetValue<bool>());
    }

    /// <summary>Rewards follow the honour through a Marten subscription: wait for the daemon to catch up.</summary>
    private Task RewardsSettledAsync() =>
        platform.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    private async Task<int> BalanceAsync(string token) =>
        (await Client.SendAsync("{ points { myPoints { balance } } }", null, token)).Ok()["points"]!["myPoints"]!["balance"]!.GetValue<int>();
}
