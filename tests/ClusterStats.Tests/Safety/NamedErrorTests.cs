using System.Text;
using ClusterStats.Indices;
using ClusterStats.Microdata;

namespace ClusterStats.Tests.Safety;

/// <summary>The specific exception types carry the context a caller acts on, and their message starts with it.</summary>
public class NamedErrorTests
{
    [Test]
    public void An_undefined_index_names_the_index_that_starts_its_message()
    {
        var gini = Assert.Throws<UndefinedIndexException>(() => RegionalIndices.Gini([0, 0, 0]));
        Assert.That(gini!.Index, Is.EqualTo("Gini"));
        var cv = Assert.Throws<UndefinedIndexException>(() => RegionalIndices.CoefficientOfVariation([-1, 1]));
        Assert.That(cv!.Index, Is.EqualTo("Coefficient of variation"));
        foreach (var ex in new[] { gini, cv })
        {
            Assert.That(ex.Message, Does.StartWith(ex.Index + ": ").And.Contain("undefined"));
            Assert.That(ex, Is.InstanceOf<ClusterStatsException>());
        }
        // A negative value is invalid input, not an undefined index.
        Assert.That(() => RegionalIndices.Gini([1, -1]), Throws.TypeOf<ClusterStatsException>());
    }

    [Test]
    public void A_figure_file_and_a_microdata_file_report_their_bad_input_with_the_one_input_error_record()
    {
        var figures = Encoding.UTF8.GetBytes("cluster,indicator,value,unit,year,source_title,confidence\nx,firm_count,12a,firms,2024,T,low\n");
        var csv = Assert.Throws<InputException>(() => FigureCsv.Read(figures, "figures.csv"))!;
        Assert.That((csv.Error.File, csv.Error.Line, csv.Error.Column, csv.Error.Sheet, csv.Error.Cell), Is.EqualTo(("figures.csv", 2L, "value", (string?)null, (string?)null)));
        Assert.That(csv.Error.Found, Is.EqualTo("12a"));
        Assert.That(csv.Errors, Has.Count.EqualTo(1));

        var path = Path.Combine(Path.GetTempPath(), "clusterstats-named-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "region,n\n0101,1\n0102,x7\n");
        try
        {
            var spec = new MicrodataAggregation { Keys = [MicrodataKey.Text("region")], Sums = [MicrodataSum.Long("n")], Parallelism = 1 };
            var micro = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, spec))!;
            Assert.That((micro.Error.File, micro.Error.Line, micro.Error.Column, micro.Error.Found), Is.EqualTo((path, 3L, "n", "x7")));
            Assert.That(micro.Message, Is.EqualTo(micro.Error.ToString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void An_input_error_in_a_sheet_names_the_sheet_and_cell_instead_of_line_and_column()
    {
        var text = new InputError("data.csv", 7, "value", "abc", "a number");
        Assert.That(text.ToString(), Is.EqualTo("data.csv:7:value: found 'abc'; expected a number"));
        var cell = text with { Sheet = "产业", Cell = "C7" };
        Assert.That(cell.ToString(), Is.EqualTo("data.csv:产业!C7: found 'abc'; expected a number"));
        Assert.That(new InputException([cell, text]).Message, Is.EqualTo(cell + Environment.NewLine + text));
        Assert.That(new InputException([cell, text]).Error, Is.EqualTo(cell));
        Assert.That(() => new InputException([]), Throws.ArgumentException);
    }

    [Test]
    public void Every_throw_helper_of_the_library_holds_the_message_of_its_error_case()
    {
        var helpers = typeof(ClusterStatsException).Assembly.GetType("ClusterStats.Internal.ThrowHelper", throwOnError: true)!
            .GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(void) || m.IsGenericMethodDefinition).ToList();
        Assert.That(helpers.Select(m => m.Name), Does.Contain("TwoRecordsInCell").And.Contain("EmptyChart"), "the scan sees the throw helpers");
        // A caller passes the facts of the case; the helper words the message. Only argument errors (ArgumentException,
        // a mistake in the calling code) take their message from the caller.
        var bare = helpers.Where(m => m.Name != "Argument" && m.GetParameters().Any(p => p.Name == "message")).Select(m => m.Name).Distinct().ToList();
        Assert.That(bare, Is.Empty);
    }

    [Test]
    public void A_chart_without_anything_to_draw_and_a_reference_total_out_of_range_are_refused_in_their_own_words()
    {
        var empty = Assert.Throws<ClusterStatsException>(() => ClusterStats.Plotting.Charts.Comparison([], "Firms", "firms"))!;
        Assert.That(empty.Message, Is.EqualTo("A comparison chart needs at least one bar."));
        var total = Assert.Throws<ClusterStatsException>(() => new ReferenceTotals(new Dictionary<string, double> { ["C13"] = double.NegativeInfinity }, 10))!;
        Assert.That(total.Message, Is.EqualTo("The reference total of industry 'C13' is -Infinity; expected a finite, non-negative number."));
        var grand = Assert.Throws<ClusterStatsException>(() => new ReferenceTotals(new Dictionary<string, double> { ["C13"] = 5, ["C17"] = 6.5 }, 11))!;
        Assert.That(grand.Message, Is.EqualTo("The reference grand total 11 must be positive and at least the sum of the industry totals (11.5)."));
    }
}
