using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>
/// The reference universe of a location quotient, Krugman index or Hachman index: each industry's total and the grand
/// total of the reference economy (for example the nation around the regions of a matrix). Without one, the reference
/// is the matrix itself (its column sums and its grand total). A subnational LQ is computed against the national
/// totals, not a state's.
/// </summary>
public sealed class ReferenceTotals
{
    /// <summary>Creates the reference from industry totals and, optionally, a grand total.</summary>
    /// <param name="industryTotals">The reference total of each industry (non-negative, finite).</param>
    /// <param name="grandTotal">The reference grand total (for example total employment of all industries, including
    /// those not in the matrix); by default the sum of <paramref name="industryTotals"/>.</param>
    /// <exception cref="ClusterStatsException">A total is negative or not finite, or the grand total is below the sum of the industries.</exception>
    public ReferenceTotals(IReadOnlyDictionary<string, double> industryTotals, double? grandTotal = null)
    {
        ArgumentNullException.ThrowIfNull(industryTotals);
        foreach (var (industry, v) in industryTotals)
        {
            if (!double.IsFinite(v) || v < 0) ThrowHelper.ReferenceTotalInvalid(industry, v);
        }
        IndustryTotals = ReadOnly.Dictionary(new Dictionary<string, double>(industryTotals, StringComparer.Ordinal));
        var sum = industryTotals.Values.Sum();
        GrandTotal = grandTotal ?? sum;
        if (!double.IsFinite(GrandTotal) || GrandTotal <= 0 || GrandTotal < sum * (1 - 1e-12))
        {
            ThrowHelper.ReferenceGrandTotal(GrandTotal, sum);
        }
    }

    /// <summary>The reference total of each industry.</summary>
    public IReadOnlyDictionary<string, double> IndustryTotals { get; }

    /// <summary>The reference grand total.</summary>
    public double GrandTotal { get; }

    /// <summary>
    /// Reads industry totals from a CSV file (or an .xlsx worksheet) with the columns <c>industry</c> and <c>value</c>,
    /// decoded as <paramref name="options"/> say (UTF-8 by default).
    /// </summary>
    /// <exception cref="InputException">A column is missing, a value is not a number, or an industry repeats.</exception>
    public static ReferenceTotals FromCsv(string path, double? grandTotal = null, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var table = CsvTable.Load(path, options);
        int ic = table.Require("industry"), vc = table.Require("value");
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var industry = table.Text(row, ic);
            if (!totals.TryAdd(industry, table.Number(row, vc, allowMissing: false)))
            {
                table.Fail(row.Line, table.Header[ic], industry, "each industry once");
            }
        }
        return new ReferenceTotals(totals, grandTotal);
    }

    /// <summary>
    /// Reads national industry totals per year from a CSV file with the columns <c>industry</c>, <c>year</c> and
    /// <c>value</c> (the <c>nation</c> of a shift-share analysis), decoded as <paramref name="options"/> say (UTF-8 by
    /// default; an .xlsx worksheet is read as well).
    /// </summary>
    /// <exception cref="InputException">A column is missing, a value is not a number, a year not of four digits (1000 to 9999), or an industry repeats within a year.</exception>
    public static IReadOnlyDictionary<int, ReferenceTotals> ByYearFromCsv(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var table = CsvTable.Load(path, options);
        int ic = table.Require("industry"), yc = table.Require("year"), vc = table.Require("value");
        var years = new SortedDictionary<int, Dictionary<string, double>>();
        foreach (var row in table.Rows)
        {
            var year = table.Year(row, yc);
            if (!years.TryGetValue(year, out var totals)) years.Add(year, totals = new Dictionary<string, double>(StringComparer.Ordinal));
            var industry = table.Text(row, ic);
            if (!totals.TryAdd(industry, table.Number(row, vc, allowMissing: false)))
            {
                table.Fail(row.Line, table.Header[ic], industry, "each industry once per year");
            }
        }
        return years.ToDictionary(kv => kv.Key, kv => new ReferenceTotals(kv.Value));
    }
}
