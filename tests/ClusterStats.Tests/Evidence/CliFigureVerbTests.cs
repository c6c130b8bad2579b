
namespace ClusterStats.Tests.Evidence;

public class CliFigureVerbTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Test]
    public void Conflicts_for_xiaobeihe_show_the_seed_2_2_billion_against_2_6_billion_and_possibly_against_2_5_billion()
    {
        var (code, output, _) = Run("conflicts", "xiaobeihe");
        Assert.That(code, Is.EqualTo(0));
        var block = output.Split("\n\n").Single(b => b.StartsWith("conflict: xiaobeihe pairs_per_year ~2024", StringComparison.Ordinal));
        Assert.That(block, Does.Contain("2.2 billion pairs").And.Contain("2200000000").And.Contain("~2024").And.Contain("seeds/000_c6e03cb025974693.txt"));
        Assert.That(block, Does.Contain("2.6 billion pairs").And.Contain("2600000000").And.Not.Contain("2500000000  2023"));
        Assert.That(block, Does.Contain("undated (not matched)"));
        var possible = output.Split("\n\n").Single(b => b.StartsWith("possible: xiaobeihe pairs_per_year 2023 / ~2024", StringComparison.Ordinal));
        Assert.That(possible, Does.Contain("2.5 billion pairs").And.Contain("2.2 billion pairs").And.Contain("12.0 % apart"));
        Assert.That(output.IndexOf("possible:", StringComparison.Ordinal), Is.GreaterThan(output.LastIndexOf("conflict:", StringComparison.Ordinal)), "listed apart, after the conflicts");

        var (csvCode, csv, _) = Run("conflicts", "xiaobeihe", "--format", "csv");
        Assert.That(csvCode, Is.EqualTo(0));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("group,kind,cluster,indicator,").And.EndWith(",status,period"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[1]).Distinct(), Is.EquivalentTo(new[] { "conflict", "possible" }));
    }

    [Test]
    public void Figures_as_csv_validate_and_read_back_with_data()
    {
        var (code, csv, _) = Run("figures", "xiaobeihe", "--indicator", "pairs_per_year", "--format", "csv");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(csv, Does.Contain(",2200000000,pairs,exact,"));
        var path = Path.Combine(Path.GetTempPath(), $"clusterstats-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, csv);
            var (vcode, vout, _) = Run("validate", "--data", path);
            Assert.That((vcode, vout.Trim()), Is.EqualTo((0, $"{path}: valid (8 figures)")));
            var (tcode, table, _) = Run("figures", "--data", path);
            Assert.That(tcode, Is.EqualTo(0));
            Assert.That(table, Does.Contain("2.2 billion pairs").And.Contain("8 figures"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void The_figure_table_names_a_target_once_in_the_words_of_its_value()
    {
        var (code, table, _) = Run("figures", "xiaobeihe", "--indicator", "output_value");
        Assert.That(code, Is.EqualTo(0));
        // The 2025 plan of 5 billion yuan (Liaoning Daily Korean edition): a currency in words, the target named once.
        var line = table.Split('\n').Single(l => l.Contains("5000000000", StringComparison.Ordinal));
        Assert.That(line, Does.Contain(" 5 billion yuan (target) "));
        Assert.That(line.Split("(target)").Length - 1, Is.EqualTo(1), line);
        Assert.That(table, Does.Contain("billion yuan").And.Not.Contain("billion CNY"), "the value in words; the unit column keeps the code");
    }

    [Test]
    public void Validate_prints_every_problem_and_exits_1()
    {
        var path = Repo.Path("tests", "data", "bad", "bad-number.csv");
        var (code, output, _) = Run("validate", "--data", path);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output.Trim(), Is.EqualTo($"{path}:3:value: found '35亿'; expected a number in plain invariant digits, such as 2200000000 or -44060000 (no thousands separators, no words)"));
        var gb = Repo.Path("tests", "data", "good-gb18030.csv");
        Assert.That(Run("validate", "--data", gb).Code, Is.EqualTo(1));
        Assert.That(Run("validate", "--data", gb, "--encoding", "gb18030").Code, Is.EqualTo(0));
        Assert.That(Run("validate", "--data", gb, "--encoding", "auto").Code, Is.EqualTo(0));
    }

    [Test]
    public void An_unknown_cluster_id_exits_1_and_lists_the_known_ids()
    {
        var (code, _, err) = Run("figures", "atlantis");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("Unknown cluster 'atlantis'. Known ids:").And.Contain("xiaobeihe").And.Contain("castel-goffredo"));
        Assert.That(Run("conflicts", "atlantis").Code, Is.EqualTo(1));
        Assert.That(Run("figures", "--format", "xml").Code, Is.EqualTo(2));
    }

    [Test]
    public void The_default_table_is_for_people()
    {
        var (code, output, _) = Run("figures", "datang", "--indicator", "pairs_per_year");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("cluster"));
        Assert.That(output, Does.Contain("27 billion pairs").And.Contain("27000000000").And.Contain("more than 20 billion pairs"));
    }
}
