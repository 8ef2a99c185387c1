using Microsoft.Extensions.Options;
using Platform.Points.Tests.GridTasks;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

/// <summary>The platform with report points and rules changed in configuration.</summary>
public sealed class ReportPointsPlatform : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Points:Reports:Categories:Traffic"] = "12",
        ["Points:Reports:DuplicatePoints"] = "2",
        ["Points:Reports:DuplicateDistanceMetres"] = "50",
        ["Points:Reports:MaxAgeDays"] = "2",
    };
}

public sealed class ReportConfigurationTests(ReportPointsPlatform platform) : IClassFixture<ReportPointsPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Points_distance_and_age_come_from_configuration()
    {
        var world = await ReportWorld.CreateAsync(Client);
        var at = DateTimeOffset.UtcNow.AddHours(-3);
        var original = Guid.Parse((await Client.SubmittedAsync(world, occurredAt: at, token: world.OtherWorkerToken)).Text("id"));
        var duplicate = await Client.SubmittedAsync(world, latitude: world.North(40), occurredAt: at.AddMinutes(1));
        var apart = await Client.SubmittedAsync(world, latitude: world.North(-60), occurredAt: at.AddMinutes(1));

        Assert.Equal(original.ToString(), duplicate.Text("duplicateOf"));
        Assert.Null(apart["duplicateOf"]);
        (await Client.VerifyAsync(world.Verifier, original)).Ok();
        (await Client.VerifyAsync(world.Verifier, Guid.Parse(duplicate.Text("id")))).Ok();
        Assert.Equal(12, await Client.BalanceAsync(world.OtherWorkerToken));
        Assert.Equal(2, await Client.BalanceAsync(world.ReporterToken));

        var old = await Client.SubmitAsync(world, occurredAt: DateTimeOffset.UtcNow.AddDays(-3));
        Assert.Equal(["VALIDATION"], old.ErrorCodes);
        Assert.Equal("occurredAt", old.Field());
    }
}

/// <summary>A platform whose report configuration breaks the rules: it must not start.</summary>
public sealed class BadReportConfigurationPlatform(string key, string value) : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { [key] = value };
}

public sealed class ReportConfigurationValidationTests
{
    [Theory]
    [InlineData("Points:Reports:Categories:Fire", "0", "Categories:Fire")]
    [InlineData("Points:Reports:Categories:Drugs", "101", "Categories:Drugs")]
    [InlineData("Points:Reports:DuplicatePoints", "-1", "DuplicatePoints")]
    [InlineData("Points:Reports:DuplicateDistanceMetres", "0", "DuplicateDistanceMetres")]
    [InlineData("Points:Reports:DuplicateWindowMinutes", "0", "DuplicateWindowMinutes")]
    [InlineData("Points:Reports:MaxAgeDays", "0", "MaxAgeDays")]
    public async Task The_host_refuses_to_start_with_a_report_setting_out_of_range_and_names_it(string key, string value, string named)
    {
        var platform = new BadReportConfigurationPlatform(key, value);
        try
        {
            var refused = await Assert.ThrowsAsync<OptionsValidationException>(platform.InitializeAsync);
            Assert.Contains(named, refused.Message);
        }
        finally
        {
            await platform.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_misspelt_category()
    {
        var platform = new BadReportConfigurationPlatform("Points:Reports:Categories:Fier", "10");
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(platform.InitializeAsync);
            Assert.Contains("Fier", refused.Message);
        }
        finally
        {
            await platform.DisposeAsync();
        }
    }
}
