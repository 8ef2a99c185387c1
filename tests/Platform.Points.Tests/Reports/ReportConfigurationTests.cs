using Microsoft.Extensions.Options;
using Platform.Points.Tests.GridTasks;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

/// <summary>The platform with the report rules (duplicates, age) changed in configuration.</summary>
public sealed class ReportSettingsPlatform : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Points:Reports:DuplicateDistanceMetres"] = "50",
        ["Points:Reports:DuplicateWindowMinutes"] = "10",
        ["Points:Reports:MaxAgeDays"] = "2",
    };
}

public sealed class ReportConfigurationTests(ReportSettingsPlatform platform) : IClassFixture<ReportSettingsPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Duplicate_distance_and_window_and_the_oldest_report_come_from_configuration()
    {
        var world = await ReportWorld.CreateAsync(platform);
        // Nothing here earns, so night and holidays do not matter; and two days leave no room to step over holidays.
        var at = DateTimeOffset.UtcNow.AddHours(-3);
        var original = await Client.SubmittedAsync(world, occurredAt: at, token: world.OtherWorkerToken);

        // By default (200 metres, 60 minutes) all three would be duplicates.
        var near = await Client.SubmittedAsync(world, latitude: world.North(40), occurredAt: at.AddMinutes(1));
        var apart = await Client.SubmittedAsync(world, latitude: world.North(-60), occurredAt: at.AddMinutes(1));
        var later = await Client.SubmittedAsync(world, occurredAt: at.AddMinutes(20));

        Assert.Equal(original.Text("id"), near.Text("duplicateOf"));
        Assert.Null(apart["duplicateOf"]);
        Assert.Null(later["duplicateOf"]);
        // By default (7 days) it would be accepted.
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

    [Theory]
    [InlineData("Points:Reports:DuplicateWindowMinuts", "DuplicateWindowMinuts")]
    // The points per category moved to the rules file: a key left from before must not look as if it counted.
    [InlineData("Points:Reports:Categories:Fire", "Categories")]
    public async Task The_host_refuses_to_start_with_an_unknown_report_setting_and_names_it(string key, string named)
    {
        var platform = new BadReportConfigurationPlatform(key, "10");
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(platform.InitializeAsync);
            Assert.Contains(named, refused.Message);
        }
        finally
        {
            await platform.DisposeAsync();
        }
    }
}
