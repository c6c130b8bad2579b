using System.Globalization;
using System.Text;
using ClusterStats.Microdata;

namespace ClusterStats.Tests.Microdata;

/// <summary>Locates tests/data/microdata and describes tables canonically for comparisons.</summary>
internal static class MicrodataFiles
{
    public static string Path(string name)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !Directory.Exists(System.IO.Path.Combine(dir.FullName, "tests", "data", "microdata"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("tests/data/microdata not found above " + TestContext.CurrentContext.TestDirectory);
        return System.IO.Path.Combine(dir.FullName, "tests", "data", "microdata", name);
    }

    /// <summary>The firm schema used by workload W: groups by region, industry and year, sums employees, output and pairs.</summary>
    public static MicrodataAggregation Firms(MicrodataBadRows badRows = MicrodataBadRows.Throw) => new()
    {
        Keys = [MicrodataKey.Text("region_code"), MicrodataKey.Text("industry_code"), MicrodataKey.Integer("year")],
        Sums = [MicrodataSum.Long("employees"), MicrodataSum.Decimal("output_value_yuan"), MicrodataSum.Long("pairs")],
        Labels = [new MicrodataLabel("region_code", "region_name")],
        BadRows = badRows,
    };

    /// <summary>Every group with keys, label, count, sums and value counts, then the row counts and skipped rows.</summary>
    public static string Describe(MicrodataTable t)
    {
        var sb = new StringBuilder();
        for (int g = 0; g < t.Count; g++)
        {
            for (int j = 0; j < t.Keys.Count; j++) sb.Append(t.GetKey(g, j)).Append('|').Append(t.GetLabel(g, j)).Append('|');
            sb.Append(t.GetCount(g));
            for (int m = 0; m < t.Sums.Count; m++)
            {
                sb.Append('|').Append(t.GetDecimal(g, m).ToString(CultureInfo.InvariantCulture)).Append('/').Append(t.GetValueCount(g, m));
            }
            sb.Append('\n');
        }
        sb.Append("rows=").Append(t.RowCount).Append(" skipped=").Append(t.SkippedRowCount).Append('\n');
        foreach (var e in t.SkippedRows) sb.Append(e).Append('\n');
        return sb.ToString();
    }
}
