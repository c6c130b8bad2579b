
namespace ClusterStats.Tests.Evidence;

public class CliFigureVerbTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Test]
    public void Conflicts_for_xiaobeihe_show_the_seed_2_2_billion_against_2_5_and_2_6_billion()
    {
        var (code, output, _) = Run("conflicts", "--cluster", "xiaobeihe");
        Assert.That(code, Is.EqualTo(0));
        var block = output.Split("\n\n").Single(b => b.StartsWith("xiaobeihe pairs_per_year", StringComparison.Ordinal));
        Assert.That(block, Does.Contain("2.2 billion pairs").And.Contain("2200000000").And.Contain("~2024").And.Contain("seeds/000_c6e03cb025974693.txt"));
        Assert.That(block, Does.Contain("2.5 billion pairs").And.Contain("2500000000").And.Contain("2.6 billion pairs").And.Contain("2600000000"));
        Assert.That(block, Does.Contain("undated (not matched)"));
    }

    [Test]
    public void Figures_as_csv_validate_and_read_back_with_data()
    {
        var (code, csv, _) = Run("figures", "--cluster", "xiaobeihe", "--indicator", "pairs_per_year", "--format", "csv");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(csv, Does.Contain(",2200000000,pairs,exact,"));
        var path = Path.Combine(Path.GetTempPath(), $"clusterstats-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, csv);
            var (vcode, vout, _) = Run("validate", path);
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
    public void Validate_prints_every_problem_and_exits_1()
    {
        var path = Repo.Path("tests", "data", "bad", "bad-number.csv");
        var (code, output, _) = Run("validate", path);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output.Trim(), Is.EqualTo($"{path}:3:value: found '35亿'; expected a number in plain invariant digits, such as 2200000000 or -44060000 (no thousands separators, no words)"));
        var gb = Repo.Path("tests", "data", "good-gb18030.csv");
        Assert.That(Run("validate", gb).Code, Is.EqualTo(1));
        Assert.That(Run("validate", gb, "--encoding", "gb18030").Code, Is.EqualTo(0));
        Assert.That(Run("validate", gb, "--encoding", "auto").Code, Is.EqualTo(0));
    }

    [Test]
    public void An_unknown_cluster_id_exits_1_and_lists_the_known_ids()
    {
        var (code, _, err) = Run("figures", "--cluster", "atlantis");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("unknown cluster id 'atlantis'").And.Contain("xiaobeihe").And.Contain("castel-goffredo"));
        Assert.That(Run("conflicts", "--cluster", "atlantis").Code, Is.EqualTo(1));
        Assert.That(Run("figures", "--format", "xml").Code, Is.EqualTo(2));
    }

    [Test]
    public void The_default_table_is_for_people()
    {
        var (code, output, _) = Run("figures", "--cluster", "datang", "--indicator", "pairs_per_year");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("cluster"));
        Assert.That(output, Does.Contain("27 billion pairs").And.Contain("27000000000").And.Contain("more than 20 billion pairs"));
    }
}
