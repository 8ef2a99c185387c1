using Platform.Testing;

namespace Platform.Recognition.Tests.Nominations;

public sealed class QuotaRaceTests(RecognitionPlatform platform) : IClassFixture<RecognitionPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Reviews_closed_at_the_same_moment_never_take_more_places_than_the_quota_has()
    {
        var world = await platform.WorldAsync();
        var nominations = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var (worker, _) = await world.WorkerAsync(Client, "骑手" + "甲乙丙丁戊己"[i]);
            var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Race, worker)).Id();
            await Client.VoteAsync(world.Members[0], id, true);
            nominations.Add(id);
        }

        var concluded = await Task.WhenAll(nominations.Select(id => Client.StepAsync(world.Admin, "concludeReview", id, "评审结束")));

        var statuses = concluded.Select(r => r.Recognition("concludeReview")).ToList();
        Assert.Single(statuses, n => n.Status() == "IN_NOTICE");
        Assert.All(statuses.Where(n => n.Status() != "IN_NOTICE"), n =>
        {
            Assert.Equal("REJECTED", n.Status());
            Assert.StartsWith("QUOTA_EXCEEDED", n["outcome"]!.GetValue<string>(), StringComparison.Ordinal);
        });
    }
}
