using System.Text;
using System.Text.RegularExpressions;
using ClusterStats.Microdata;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Reliability;

/// <summary>The README's table of error forms holds: each documented form is produced by the code, each exception
/// type of the table has an example, and each example's message matches its form exactly.</summary>
public partial class ErrorFormTests
{
    private static readonly string[] Placeholders = ["FILE", "LINE", "COLUMN", "TEXT", "WHAT", "GROUP", "NUMBER", "N", "OPERATION", "UNIT", "OP", "DETAIL"];

    /// <summary>The rows of the README's table: failure, exception type, message form.</summary>
    private static List<(string Failure, string Type, string Form)> DocumentedForms()
    {
        var readme = File.ReadAllText(Repo.Path("README.md"), Encoding.UTF8);
        int start = readme.IndexOf("## Reliability", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README has a Reliability section");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var rows = new List<(string, string, string)>();
        foreach (var line in readme[start..end].Split('\n'))
        {
            var m = TableRow().Match(line);
            if (m.Success) rows.Add((m.Groups[1].Value.Trim(), m.Groups[2].Value, m.Groups[3].Value));
        }
        return rows;
    }

    [GeneratedRegex(@"^\| ([^|`]+) \| `(\w+)` \| `(.+)` \|$")]
    private static partial Regex TableRow();

    private static Regex FormPattern(string form)
    {
        var pattern = Regex.Escape(form);
        foreach (var p in Placeholders.OrderByDescending(p => p.Length))
        {
            pattern = Regex.Replace(pattern, $@"\b{p}\b", p is "LINE" or "N" ? @"\d+" : "(?s:.+?)");
        }
        return new Regex("^" + pattern + "$");
    }

    private static Exception Caught(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }
        throw new AssertionException("no error");
    }

    private static string Temp(string text)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Examples of every failure, by failure text of the README's table.</summary>
    private static readonly Dictionary<string, Func<Exception>[]> Examples = new()
    {
        ["a bad cell, row, header or encoding of a figure, rate, region or index file"] =
        [
            () => Caught(() => FigureCsv.Read("cluster,indicator,value,unit,year,source_title,confidence\nxiaobeihe,firm_count,22\0,firms,2024,S,low\n"u8.ToArray(), "f.csv")),
            () => Caught(() => ExchangeRateCsv.Read("year,currency\n"u8.ToArray(), "r.csv")),
            () => Caught(() => RegionCsv.Read("id,kind\n"u8.ToArray(), "g.csv")),
            () => Caught(() => ClusterStats.Indices.RegionIndustryMatrix.FromCsv(Temp("region,industry,value\nr,i,x\n"))),
        ],
        ["a bad row or header of a microdata file"] =
        [
            () => Caught(() => MicrodataReader.Aggregate(Temp("g,n\na,1.5\n"), new MicrodataAggregation { Keys = [MicrodataKey.Text("g")], Sums = [MicrodataSum.Long("n")] })),
            () => Caught(() => MicrodataReader.Aggregate(Temp("g,g\na,1\n"), new MicrodataAggregation { Keys = [MicrodataKey.Text("g")] })),
        ],
        ["a microdata sum that no decimal holds"] =
        [
            () => Caught(() => MicrodataReader.Aggregate(Temp("g,v\na,0.0001\na,99999999999999999999999999.99\n"), new MicrodataAggregation { Keys = [MicrodataKey.Text("g")], Sums = [MicrodataSum.Decimal("v")] }).GetDecimal(0, 0)),
        ],
        ["arithmetic beyond what a decimal holds"] =
        [
            () => Caught(() => _ = Quantity.Pairs(decimal.MaxValue) + Quantity.Pairs(0.5m)),
            () => Caught(() => _ = Quantity.Pairs(decimal.MaxValue) * 2m),
        ],
        ["text that is not a figure"] =
        [
            () => Caught(() => QualifiedQuantity.Parse("22 years")),
        ],
        ["units that do not combine"] =
        [
            () => Caught(() => _ = Quantity.Pairs(1m) + Quantity.Money(1m, Currency.CNY)),
        ],
    };

    [Test]
    public void Every_documented_form_is_what_the_code_produces()
    {
        var forms = DocumentedForms();
        Assert.That(forms.Select(f => f.Failure), Is.EquivalentTo(Examples.Keys), "the table and the examples name the same failures");
        foreach (var (failure, type, form) in forms)
        {
            var pattern = FormPattern(form);
            foreach (var example in Examples[failure])
            {
                var error = example();
                Assert.That(error.GetType().Name, Is.EqualTo(type), failure);
                Assert.That(error, Is.InstanceOf<ClusterStatsException>(), failure);
                Assert.That(pattern.IsMatch(error.Message), Is.True, $"{failure}: '{error.Message}' against `{form}`");
            }
        }
    }

    [Test]
    public void A_message_off_its_form_does_not_match()
    {
        var pattern = FormPattern("FILE:LINE:COLUMN: found 'TEXT'; expected WHAT");
        Assert.That(pattern.IsMatch("f.csv:2:value: found '22'; expected a number"), Is.True);
        Assert.That(pattern.IsMatch("f.csv:two:value: found '22'; expected a number"), Is.False);
        Assert.That(pattern.IsMatch("f.csv:2:value: found 22; expected a number"), Is.False);
        Assert.That(pattern.IsMatch("Unhandled exception. System.OverflowException"), Is.False);
    }
}
