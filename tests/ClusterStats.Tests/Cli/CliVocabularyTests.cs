using ClusterStats.Cli;
using ClusterStats.Tests.Evidence;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Cli;

/// <summary>The shared options mean the same on every verb: --out and --format, typed enum values, currency codes, the cluster argument.</summary>
public class CliVocabularyTests : TempFolderTest
{
    [TestCase("figures", "xiaobeihe")]
    [TestCase("conflicts", "xiaobeihe")]
    [TestCase("compare", "xiaobeihe")]
    public void Out_writes_the_file_that_stdout_would_show_and_its_extension_chooses_the_format(string verb, string cluster)
    {
        var stdout = CliRunner.Run(verb, cluster, "--format", "csv");
        Assert.That(stdout.Code, Is.Zero, stdout.Err);
        var path = Path.Combine(Folder, verb + ".csv");
        var written = CliRunner.Run(verb, cluster, "--out", path);
        Assert.That(written.Code, Is.Zero, written.Err);
        Assert.That(written.Out, Is.EqualTo($"wrote {path} (csv)\n"));
        Assert.That(System.IO.File.ReadAllText(path), Is.EqualTo(stdout.Out));
        // --format wins over the extension.
        var table = Path.Combine(Folder, verb + "-table.csv");
        Assert.That(CliRunner.Run(verb, cluster, "--out", table, "--format", "table").Code, Is.Zero);
        Assert.That(System.IO.File.ReadAllText(table), Is.EqualTo(CliRunner.Run(verb, cluster).Out));
    }

    [Test]
    public void Out_of_extract_and_compare_html_and_an_unknown_extension()
    {
        var seed = Repo.Path("seeds", "000_c6e03cb025974693.txt");
        var path = Path.Combine(Folder, "candidates.csv");
        var r = CliRunner.Run("extract", "--input", seed, "--out", path);
        Assert.That(r.Code, Is.Zero, r.Err);
        Assert.That(System.IO.File.ReadAllText(path), Is.EqualTo(CliRunner.Run("extract", "--input", seed, "--format", "csv").Out));
        var html = Path.Combine(Folder, "c.html");
        Assert.That(CliRunner.Run("compare", "xiaobeihe", "--out", html).Code, Is.Zero);
        Assert.That(System.IO.File.ReadAllText(html), Does.StartWith("<"));
        // An extension that names no format leaves the default.
        var other = Path.Combine(Folder, "c.out");
        Assert.That(CliRunner.Run("compare", "xiaobeihe", "--out", other).Code, Is.Zero);
        Assert.That(System.IO.File.ReadAllText(other), Is.EqualTo(CliRunner.Run("compare", "xiaobeihe").Out));
    }

    [Test]
    public void Out_refuses_a_symbolic_link_and_leaves_its_target()
    {
        var target = File("target.txt", "keep");
        var link = Path.Combine(Folder, "link.csv");
        System.IO.File.CreateSymbolicLink(link, target);
        var r = CliRunner.Run("figures", "xiaobeihe", "--out", link);
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(System.IO.File.ReadAllText(target), Is.EqualTo("keep"));
    }

    [Test]
    public void Enum_values_are_read_in_any_case_and_currency_codes_too()
    {
        Assert.That(CliRunner.Run("figures", "xiaobeihe", "--format", "CSV").Out, Is.EqualTo(CliRunner.Run("figures", "xiaobeihe", "--format", "csv").Out));
        var lower = CliRunner.Run("compare", "xiaobeihe", "--currency", "usd", "--rate-policy", "Mean-Of-Months");
        var upper = CliRunner.Run("compare", "xiaobeihe", "--currency", "USD", "--rate-policy", "mean-of-months");
        Assert.That(lower.Code, Is.Zero, lower.Err);
        Assert.That(lower.Out, Is.EqualTo(upper.Out));
        Assert.That(lower.Out, Does.Contain("money in USD"));
        Assert.That(CliRunner.Run("parse", "¥2.7 billion", "--yen", "JPY").Out, Does.Contain(",JPY,"));
    }

    [Test]
    public void An_unknown_indicator_never_lists_nothing()
    {
        var r = CliRunner.Run("figures", "--indicator", "pairs_per_yr");
        Assert.That(r.Code, Is.EqualTo(CliApp.UsageError));
        Assert.That(r.Out, Is.Empty);
        Assert.That(r.Err, Does.Contain("did you mean 'pairs_per_year'?").And.Contain("Known indicators: ").And.Contain("firm_count"));
        // An indicator that only a --data file has is known there.
        var own = File("own.csv", "cluster,indicator,value,unit,year,source_title,confidence\nmytown,machines_total,12,firms,2024,t,low\n");
        var listed = CliRunner.Run("figures", "--data", own, "--indicator", "machines_total");
        Assert.That(listed.Code, Is.Zero, listed.Err);
        Assert.That(listed.Out, Does.Contain("1 figures"));
    }

    [Test]
    public void Data_is_repeatable_and_validate_checks_every_file()
    {
        var a = File("a.csv", "cluster,indicator,value,unit,year,source_title,confidence\nmytown,firm_count,12,firms,2024,t,low\n");
        var b = File("b.csv", "cluster,indicator,value,unit,year,source_title,confidence\nmytown,firm_count,x,firms,2023,t,low\n");
        var both = CliRunner.Run("validate", "--data", a, "--data", b);
        Assert.That(both.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(both.Out, Does.Contain($"{a}: valid (1 figures)").And.Contain($"{b}:2:value: found 'x'"));
        var c = File("c.csv", "cluster,indicator,value,unit,year,source_title,confidence\nmytown,firm_count,13,firms,2023,t,low\n");
        var listed = CliRunner.Run("figures", "mytown", "--data", a, "--data", c);
        Assert.That(listed.Code, Is.Zero, listed.Err);
        Assert.That(listed.Out, Does.Contain("2 figures"));
    }
}
