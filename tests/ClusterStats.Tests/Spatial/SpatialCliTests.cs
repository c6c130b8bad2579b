using System.Globalization;
using ClusterStats.Cli;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Spatial;

/// <summary><c>clusterstats index moran|geary|lisa|getis-ord</c>: spdep's numbers as CSV, and the errors and exit codes of the vocabulary.</summary>
public class SpatialCliTests : TempFolderTest
{
    private static readonly string Grid = SpdepExpected.File("grid.geojson");
    private static readonly string GridValues = SpdepExpected.File("grid-values.csv");
    private static readonly string Nc = SpdepExpected.File("nc.geojson");
    private static readonly string NcValues = SpdepExpected.File("nc-values.csv");

    private static double Expected(string @case, string statistic) =>
        SpdepExpected.Number(SpdepExpected.Rows("global.csv").Single(r => r[0] == @case && r[1] == statistic)[2]);

    private static string[][] Csv(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();

    /// <summary>
    /// Runs the command line with the spatial subcommands under <c>index</c> (attached here while <c>index</c> takes its
    /// other indices as a NAME argument; once it has subcommands they are attached by the tool itself).
    /// </summary>
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = CliApp.BuildRoot();
        var index = root.Subcommands.Single(c => c.Name == "index");
        if (!index.Subcommands.Any(c => c.Name == "moran"))
        {
            foreach (var command in ClusterStats.Cli.Commands.SpatialCommands.Create()) index.Subcommands.Add(command);
        }
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(root, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static double D(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [TestCase("moran")]
    [TestCase("geary")]
    [TestCase("lisa")]
    [TestCase("getis-ord")]
    public void Help_describes_each_subcommand_and_option(string name)
    {
        var r = Run("index", name, "--help");
        Assert.That(r.Code, Is.Zero, r.Err);
        var command = ClusterStats.Cli.Commands.SpatialCommands.Create().Single(c => c.Name == name);
        Assert.That(command.Description, Is.Not.Empty);
        foreach (var option in command.Options)
        {
            Assert.That(option.Description, Is.Not.Null.And.Not.Empty, option.Name);
            Assert.That(r.Out, Does.Contain(option.Name));
        }
    }

    [Test]
    public void Moran_and_geary_print_spdeps_numbers()
    {
        var moran = Run("index", "moran", "--input", NcValues, "--geometry", Nc, "--islands", "keep");
        Assert.That(moran.Code, Is.Zero, moran.Err);
        var rows = Csv(moran.Out);
        Assert.That(rows[0], Is.EqualTo(new[] { "moran_i", "expected", "variance", "z", "p_value" }));
        string[] names = ["statistic", "expected", "variance", "z", "p_value"];
        for (int k = 0; k < 5; k++)
            Assert.That(SpdepExpected.Close(D(rows[1][k]), Expected("nc/queen/W/moran/randomisation/greater", names[k]), k == 4), Is.True, names[k]);

        var geary = Run("index", "geary", "--input", GridValues, "--geometry", Grid, "--contiguity", "rook", "--style", "b",
            "--assumption", "normality", "--alternative", "two-sided");
        Assert.That(geary.Code, Is.Zero, geary.Err);
        rows = Csv(geary.Out);
        Assert.That(rows[0], Is.EqualTo(new[] { "geary_c", "expected", "variance", "z", "p_value" }));
        for (int k = 0; k < 5; k++)
            Assert.That(SpdepExpected.Close(D(rows[1][k]), Expected("grid/rook/B/geary/normality/two.sided", names[k]), k == 4), Is.True, names[k]);
    }

    [Test]
    public void Moran_with_permutations_adds_a_column_that_repeats_by_seed()
    {
        string[] args = ["index", "moran", "--input", GridValues, "--geometry", Grid, "--permutations", "99", "--seed", "5"];
        var a = Run(args);
        Assert.That(a.Code, Is.Zero, a.Err);
        Assert.That(Csv(a.Out)[0][^1], Is.EqualTo("p_permutation"));
        Assert.That(Run(args).Out, Is.EqualTo(a.Out));
        double p = D(Csv(a.Out)[1][^1]);
        Assert.That(p * 100, Is.EqualTo(Math.Round(p * 100)).Within(1e-9));
    }

    [Test]
    public void Lisa_prints_local_moran_quadrants_and_pseudo_p_values()
    {
        var r = Run("index", "lisa", "--input", GridValues, "--geometry", Grid, "--variance", "n-1");
        Assert.That(r.Code, Is.Zero, r.Err);
        var rows = Csv(r.Out);
        Assert.That(rows[0], Is.EqualTo(new[] { "region", "local_i", "z", "p_value", "quadrant", "p_permutation" }));
        Assert.That(rows, Has.Length.EqualTo(31));
        var expected = SpdepExpected.Rows("local.csv").Where(e => e[0] == "grid/queen/W/localmoran/n-1/two.sided").ToList();
        foreach (var row in rows.Skip(1))
        {
            double localI = SpdepExpected.Number(expected.Single(e => e[1] == row[0] && e[2] == "local_i")[3]);
            Assert.That(SpdepExpected.Close(D(row[1]), localI), Is.True, row[0]);
            var quadrant = expected.Single(e => e[1] == row[0] && e[2] == "quadrant")[3];
            Assert.That(row[4], Is.EqualTo(string.Concat(quadrant.Split('-').Select(s => s[..1]))), row[0]);
        }
        var none = Run("index", "lisa", "--input", GridValues, "--geometry", Grid, "--permutations", "0");
        Assert.That(Csv(none.Out)[0], Has.Length.EqualTo(5));
    }

    [Test]
    public void Getis_ord_prints_gi_star_or_gi()
    {
        var star = Run("index", "getis-ord", "--input", GridValues, "--geometry", Grid);
        Assert.That(star.Code, Is.Zero, star.Err);
        Assert.That(Csv(star.Out)[0], Is.EqualTo(new[] { "region", "gi_star", "p_value" }));
        var expected = SpdepExpected.Rows("local.csv").Single(e => e[0] == "grid/queen/W/gstar/two.sided" && e[1] == "g11" && e[2] == "z");
        Assert.That(SpdepExpected.Close(D(Csv(star.Out)[1][1]), SpdepExpected.Number(expected[3])), Is.True);
        var gi = Run("index", "getis-ord", "--input", GridValues, "--geometry", Grid, "--exclude-self");
        Assert.That(Csv(gi.Out)[0][1], Is.EqualTo("gi"));
    }

    [Test]
    public void An_island_exits_1_naming_it_unless_kept()
    {
        var r = Run("index", "lisa", "--input", NcValues, "--geometry", Nc);
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(r.Out, Is.Empty);
        Assert.That(r.Err, Does.Contain("ISLAND").And.Contain("--islands keep"));
        Assert.That(Run("index", "lisa", "--input", NcValues, "--geometry", Nc, "--islands", "keep").Code, Is.Zero);
    }

    [Test]
    public void Unmatched_ids_exit_1_listing_both_sides_or_are_dropped_with_a_note()
    {
        var values = File("v.csv", "region,value\n" + string.Concat(Enumerable.Range(1, 6).SelectMany(r => Enumerable.Range(1, 5).Select(c => $"g{r}{c},{r * c}\n"))).Replace("g65,30\n", "zz,1\n", StringComparison.Ordinal));
        var r = Run("index", "moran", "--input", values, "--geometry", Grid);
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(r.Err, Does.Contain("have no geometry: zz").And.Contain("have no value: g65").And.Contain("--unmatched drop"));
        var dropped = Run("index", "moran", "--input", values, "--geometry", Grid, "--unmatched", "drop");
        Assert.That(dropped.Code, Is.Zero, dropped.Err);
        Assert.That(dropped.Err, Does.Contain("dropped 1 value(s) without a geometry (zz) and 1 geometry(ies) without a value (g65); 29 region(s) remain"));
        Assert.That(Csv(dropped.Out), Has.Length.EqualTo(2));
    }

    [TestCase("--contiguity", "rook", "--knn", "4")]
    [TestCase("--knn", "4", "--distance", "2")]
    [TestCase("--longlat")]
    [TestCase("--knn", "0")]
    [TestCase("--distance", "-1")]
    [TestCase("--style", "c")]
    [TestCase("--islands", "ignore")]
    [TestCase("--permutations", "-5")]
    [TestCase("--contiguity", "bishop")]
    public void Arguments_that_alone_decide_exit_2(params string[] extra)
    {
        var r = Run(["index", "moran", "--input", GridValues, "--geometry", Grid, .. extra]);
        Assert.That(r.Code, Is.EqualTo(CliApp.UsageError), r.Err);
        Assert.That(r.Out, Is.Empty);
    }

    [Test]
    public void Bad_files_exit_1_naming_the_place()
    {
        var geo = File("bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":null}]}");
        var r = Run("index", "moran", "--input", GridValues, "--geometry", geo);
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(r.Err, Does.Contain("bad.geojson: features[0].properties.id: found no such property"));
        var twice = File("twice.csv", "region,value\ng11,1\ng11,2\n");
        r = Run("index", "moran", "--input", twice, "--geometry", Grid);
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(r.Err, Does.Contain("twice.csv:3:region: found 'g11'; expected each region once"));
        var text = File("text.csv", "region,value\ng11,many\n");
        r = Run("index", "moran", "--input", text, "--geometry", Grid);
        Assert.That(r.Err, Does.Contain("text.csv:2:value: found 'many'"));
    }

    [Test]
    public void Out_writes_the_csv_to_a_file_and_id_property_and_knn_choose_ids_and_weights()
    {
        var path = Path.Combine(Folder, "moran.csv");
        var r = Run("index", "moran", "--input", NcValues, "--geometry", Nc, "--knn", "4", "--id-property", "id", "--out", path);
        Assert.That(r.Code, Is.Zero, r.Err);
        var rows = Csv(System.IO.File.ReadAllText(path));
        Assert.That(SpdepExpected.Close(D(rows[1][0]), Expected("nc/knn4/W/moran/randomisation/greater", "statistic")), Is.True);
        var unknown = Run("index", "moran", "--input", NcValues, "--geometry", Nc, "--id-property", "FIPS");
        Assert.That(unknown.Code, Is.EqualTo(CliApp.InvalidInput));
    }
}
