using System.Globalization;
using ClusterStats.Indices;

namespace ClusterStats.Cli.Commands;

/// <summary>Reads the inputs of the <c>index</c> subcommands and writes the indices that need more than one call.</summary>
internal static class IndexRunner
{
    /// <summary>An input error on the header line of <paramref name="table"/>: the header found and what was expected.</summary>
    public static void HeaderError(IndexTable table, string expected) =>
        throw new InputException([new InputError(table.Source, 1, "", string.Join(',', table.Header), expected)]);

    /// <summary>
    /// The region x industry matrix of a table, or of one year of a table with a year column (<paramref name="year"/>,
    /// needed when the table holds several years: without it, a usage error naming them).
    /// </summary>
    public static RegionIndustryMatrix ReadMatrix(IndexTable table, int? year)
    {
        if (table.HasYear && year is null)
        {
            var panel = table.ToPanel();
            if (panel.Years.Count != 1) CliUsage.NoChoice("--year", table.Source, panel.Years);
            return panel[panel.Years[0]];
        }
        return table.ToMatrix(year);
    }

    /// <summary>
    /// One value per region, each region once. A weight column is an input error for an index that takes none
    /// (<paramref name="weights"/> null).
    /// </summary>
    public static RegionValues ReadValues(IndexTable table, string index, string? weights)
    {
        if (weights is null && table.HasColumn("weight"))
        {
            throw new InputException([new InputError(table.Source, 1, "weight", string.Join(',', table.Header),
                $"no weight column for '{index}' (weights are class sizes for gini and the reference distribution for hoover)")]);
        }
        return table.ToValues();
    }

    public static void EllisonGlaeser(IReadOnlyList<FirmRecord> firms, RegionValues? regionTotals, CsvOut w)
    {
        var totals = regionTotals?.Regions.Select((region, k) => (region, regionTotals.Values[k])).ToDictionary(t => t.region, t => t.Item2, StringComparer.Ordinal);
        var result = RegionalIndices.EllisonGlaeser(firms, totals);
        w.Row("industry", "gamma", "g", "h");
        foreach (var i in result.Industries) w.Row(i.Industry, CsvOut.Number(i.Gamma), CsvOut.Number(i.G), CsvOut.Number(i.H));
    }

    public static void Strength(IndexTable employment, IndexTable establishments, MissingCellPolicy missing, CsvOut w)
    {
        var result = employment.ToMatrix().ClusterStrength(establishments.ToMatrix(), missing);
        w.Row("region", "industry", "employment", "establishments", "lq", "strong");
        foreach (var c in result.Cells)
        {
            w.Row(c.Region, c.Industry, CsvOut.Number(c.Employment), CsvOut.Number(c.Establishments), CsvOut.Number(c.LocationQuotient), c.Strong ? "true" : "false");
        }
    }
}

/// <summary>CSV output: invariant culture, round-trip numbers ("R"; NaN for undefined), RFC 4180 quoting.</summary>
internal sealed class CsvOut(TextWriter writer)
{
    public static string Number(double v) => v == 0 ? "0" : v.ToString("R", CultureInfo.InvariantCulture); // never "-0"

    public void Row(params string[] fields) => writer.WriteLine(string.Join(',', fields.Select(CsvText.Field)));

    /// <summary>A header of one column and its one value.</summary>
    public void Single(string column, double value)
    {
        Row(column);
        Row(Number(value));
    }

    public void Cells(RegionIndustryValues v, string column)
    {
        Row("region", "industry", column);
        for (int r = 0; r < v.Regions.Count; r++)
        {
            for (int i = 0; i < v.Industries.Count; i++) Row(v.Regions[r], v.Industries[i], Number(v[r, i]));
        }
    }

    public void Labels(IndexValues v, string column)
    {
        Row(v.Dimension, column);
        for (int k = 0; k < v.Labels.Count; k++) Row(v.Labels[k], Number(v.Values[k]));
    }
}
