
namespace ClusterStats.Tests.Extraction;

public class ExtractCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Test]
    public void Extract_prints_the_seed_candidates_as_figure_csv_that_reads_back()
    {
        var seed = SeedExtractionTests.RepoFile("seeds", "000_c6e03cb025974693.txt");
        var (code, output, error) = Run("extract", "--input", seed, "--published", "2024-07-25", "--source-url", "https://example.org/a", "--format", "csv");
        Assert.That(code, Is.EqualTo(0), error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(string.Join(',', ClusterStats.Extraction.CandidateCsv.Columns)));
        Assert.That(lines, Has.Length.EqualTo(9));
        Assert.That(lines[2], Does.StartWith("xiaobeihe,pairs_per_year,2200000000,pairs,exact,false,,2024,,true,遼陽・小北河靴下業の発展推進活動が正式に幕を開けた,https://example.org/a,,2024-07-25,現在では年間22億足の靴下を生産し,low,"));
        var path = Path.Combine(Path.GetTempPath(), $"extract-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, output);
            var back = FigureCsv.Read(path);
            Assert.That(back, Has.Count.EqualTo(8));
            Assert.That(back.Where(indicator: Indicator.OutputValue).Single().Quantity.Value, Is.EqualTo(3_500_000_000m));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Extract_table_is_for_people()
    {
        var seed = SeedExtractionTests.RepoFile("seeds", "000_c6e03cb025974693.txt");
        var (code, output, _) = Run("extract", "--input", seed, "--published", "2024-07-25");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("8 candidate figure(s)"));
        Assert.That(output, Does.Contain("xiaobeihe pairs_per_year: 2.2 billion pairs, year ~2024"));
        Assert.That(output, Does.Contain("quote [113,130): 現在では年間22億足の靴下を生産し"));
    }

    [Test]
    public void A_bad_date_is_a_usage_error_and_a_missing_file_is_invalid_input()
    {
        var seed = SeedExtractionTests.RepoFile("seeds", "000_c6e03cb025974693.txt");
        Assert.That(Run("extract", "--input", seed, "--published", "25.07.2024").Code, Is.EqualTo(2));
        Assert.That(Run("extract", "--input", seed, "--format", "xml").Code, Is.EqualTo(2));
        var missing = Run("extract", "--input", "/nonexistent/article.txt");
        Assert.That(missing.Code, Is.EqualTo(1));
        Assert.That(missing.Err, Does.Contain("article.txt"));
    }

    [Test]
    public void Text_that_is_not_utf8_is_invalid_input_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, [0xC4, 0xEA, 0xB2, 0xFA, 0xFF, 0xFE]);
            var (code, _, err) = Run("extract", "--input", path);
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain(path).And.Contain("not UTF-8"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
