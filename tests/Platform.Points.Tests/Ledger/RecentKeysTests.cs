using Platform.Points.Ledger;

namespace Platform.Points.Tests.Ledger;

public sealed class RecentKeysTests
{
    private static string Key(int i) => $"intake:0190f3c2a4b17d3e9c1b5a6f7e8d9c0b:order-{i}";

    [Fact]
    public void Every_key_of_the_last_capacity_is_known_and_the_older_ones_are_not()
    {
        var recent = new RecentKeys();
        var added = RecentKeys.Capacity + 40;
        for (var i = 0; i < added; i++) recent.Add(Key(i));

        Assert.All(Enumerable.Range(added - RecentKeys.Capacity, RecentKeys.Capacity), i => Assert.True(recent.MaybeHas(Key(i)), Key(i)));
        Assert.All(Enumerable.Range(0, added - RecentKeys.Capacity), i => Assert.False(recent.MaybeHas(Key(i)), Key(i)));
    }

    [Fact]
    public void Keys_added_before_it_grew_are_still_known()
    {
        var recent = new RecentKeys();
        for (var i = 0; i < 20; i++) recent.Add(Key(i));

        Assert.All(Enumerable.Range(0, 20), i => Assert.True(recent.MaybeHas(Key(i)), Key(i)));
        Assert.False(recent.MaybeHas(Key(20)));
        Assert.False(new RecentKeys().MaybeHas(Key(0)));
    }
}
