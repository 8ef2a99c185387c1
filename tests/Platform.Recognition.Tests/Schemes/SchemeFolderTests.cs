using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes;
using Platform.Recognition.Schemes.Files;

namespace Platform.Recognition.Tests.Schemes;

public sealed class SchemeFolderTests
{
    [Fact]
    public void The_shipped_schemes_load_from_the_default_folder_beside_the_host()
    {
        var schemes = SchemeFolder.Load(null);

        Assert.Equal(["ExemplaryBranch", "HonouredEnterprise", "ModelWorker", "PioneerRider", "StarGridVolunteer"], schemes.Select(s => s.Id));
        var pioneer = (FileScheme)schemes.Single(s => s.Id == "PioneerRider");
        Assert.Equal(new LocalizedName("先锋骑手", "Pioneer Rider"), pioneer.Name);
        Assert.Equal("city-honours", pioneer.Review.Committee);
        Assert.Equal("enterprise-honours", schemes.Single(s => s.Id == "HonouredEnterprise").Review.Committee);
        Assert.Equal(SchemePeriodKind.Quarter, schemes.Single(s => s.Id == "StarGridVolunteer").PeriodKind);
        Assert.Equal(SubjectKind.Branch, schemes.Single(s => s.Id == "ExemplaryBranch").SubjectKind);
    }

    [Fact]
    public void A_shipped_scheme_judges_facts_rule_by_rule()
    {
        var pioneer = SchemeFolder.Load(null).Single(s => s.Id == "PioneerRider");

        var outcome = pioneer.CheckEligibility(Facts.Worker(points: 420, gridTask: 20, report: 60, sanctions: 1, tenureMonths: 30));

        Assert.False(outcome.Eligible);
        Assert.Equal([true, true, false, true], outcome.Checks.Select(c => c.Passed));
        Assert.Equal("sanctions 1: must be 0 (年内无违规处罚 (no sanction during the year))", outcome.Checks[2].Reason);
        Assert.Equal("points.Report 60 ≥ 50", outcome.Checks[1].Reason);
        Assert.True(pioneer.CheckEligibility(Facts.Worker(points: 420, report: 60, tenureMonths: 30)).Eligible);
    }

    [Fact]
    public void An_empty_folder_gives_no_schemes()
    {
        using var folder = new SchemeFolder();

        Assert.Empty(SchemeFolder.Load(folder.Path));
    }

    [Fact]
    public void A_configured_folder_that_does_not_exist_is_an_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"jufeng-no-such-folder-{Guid.NewGuid():N}");

        var failure = Assert.Throws<SchemeFilesException>(() => SchemeFolder.Load(missing));

        Assert.Contains($"{missing}:0:0: the folder does not exist (setting Recognition:SchemesFolder)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_across_files_whatever_their_case()
    {
        using var folder = new SchemeFolder(SchemeFolder.Scheme("Night"), SchemeFolder.Scheme("NIGHT"));

        var failure = Assert.Throws<SchemeFilesException>(() => SchemeFolder.Load(folder.Path));

        var error = Assert.Single(failure.Errors);
        Assert.Equal($"{Path.Combine(folder.Path, "Night.yaml")}:1:5: scheme id 'Night' is already the id of NIGHT.yaml (ids are unique, whatever their case).", error.ToString());
    }

    [Fact]
    public void A_code_scheme_may_not_take_the_id_of_a_file_scheme()
    {
        using var folder = new SchemeFolder(SchemeFolder.Scheme("NightOwl"));

        var failure = Assert.Throws<SchemeFilesException>(() => SchemeFolder.Load(folder.Path, [new NightOwlScheme()]));

        Assert.StartsWith($"{Path.Combine(folder.Path, "NightOwl.yaml")}:1:5: scheme id 'NightOwl' is also the id of the code scheme", Assert.Single(failure.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_every_file_is_reported_at_once()
    {
        using var folder = new SchemeFolder(
            ("A.yaml", SchemeFileValidationTests.Valid.Replace("id: Test", "id: A", StringComparison.Ordinal).Replace("noticeDays: 7", "noticeDays: 0", StringComparison.Ordinal)),
            ("B.yaml", "id: B\nversion: [1"),
            SchemeFolder.Scheme("C"),
            ("notes.txt", "not a scheme"));

        var failure = Assert.Throws<SchemeFilesException>(() => SchemeFolder.Load(folder.Path));

        Assert.Equal(2, failure.Errors.Count);
        Assert.Contains($"{Path.Combine(folder.Path, "A.yaml")}:16:13: noticeDays is between 1 and 60, not 0.", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(folder.Path, "B.yaml")}:", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_lists_file_schemes_then_code_schemes_and_finds_them_by_id()
    {
        using var folder = new SchemeFolder(SchemeFolder.Scheme("Test"));
        var catalog = new SchemeCatalog(SchemeFolder.Load(folder.Path, [new NightOwlScheme()]));

        Assert.Equal(["Test", "NightOwl"], catalog.All.Select(s => s.Id));
        Assert.IsType<NightOwlScheme>(catalog.Require("NightOwl"));
        Assert.Null(catalog.Find("Nope"));
    }
}
