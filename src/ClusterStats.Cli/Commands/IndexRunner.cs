using System.Globalization;
using ClusterStats.Indices;
using ClusterStats.Internal;

namespace ClusterStats.Cli.Commands;

/// <summary>Reads the input of the <c>index</c> verb by its header, computes the index and writes CSV.</summary>
internal static class IndexRunner
{
    private static readonly string[] MatrixNames = ["lq", "specialisation", "krugman", "hhi", "entropy", "hachman", "locational-gini", "eci", "pci", "proximity", "density"];
    private static readonly string[] DistributionNames = ["gini", "theil-t", "theil-l", "cv", "atkinson", "hoover", "hhi", "entropy"];

    public static void Run(IndexRequest q, TextWriter output)
    {
        var table = CsvTable.Load(q.Input);
        var w = new CsvOut(output);
        switch (q.Name)
        {
            case "shift-share": ShiftShare(q, table, w); break;
            case "ellison-glaeser": EllisonGlaeser(q, table, w); break;
            case "strength": Strength(q, table, w); break;
            default:
                if (table.Has("industry")) MatrixIndex(q, table, w);
                else Distribution(q, table, w);
                break;
        }
    }

    private static void Expect(CsvTable table, bool ok, string expected)
    {
        if (!ok) ThrowHelper.InputFile(table.Source, 1, "", string.Join(',', table.Header), expected);
    }

    private static MissingCellPolicy Missing(IndexRequest q) => q.Missing == "zero" ? MissingCellPolicy.Zero : MissingCellPolicy.Error;

    private static ZeroTotalPolicy ZeroTotals(IndexRequest q) => q.ZeroTotals switch
    {
        "zero" => ZeroTotalPolicy.Zero,
        "error" => ZeroTotalPolicy.Error,
        _ => ZeroTotalPolicy.NaN,
    };

    private static void MatrixIndex(IndexRequest q, CsvTable table, CsvOut w)
    {
        Expect(table, MatrixNames.Contains(q.Name),
            $"a header region,value[,weight] for '{q.Name}' (a region,industry,value file suits {string.Join(", ", MatrixNames)})");
        var m = ReadMatrix(table, q.Year);
        var reference = q.Nation is null ? null : ReferenceTotals.FromCsv(q.Nation, q.NationTotal);
        var (missing, zero) = (Missing(q), ZeroTotals(q));
        var threshold = q.Threshold ?? 1.0;
        switch (q.Name)
        {
            case "lq": w.Cells(m.LocationQuotient(reference, zero, missing), "lq"); break;
            case "specialisation": w.Cells(m.Specialisation(threshold, reference, zero, missing), "specialisation"); break;
            case "krugman":
                if (q.Coefficient) w.Labels(m.SpecialisationCoefficient(reference, zero, missing), "krugman-coefficient");
                else w.Labels(m.Krugman(reference, zero, missing), "krugman");
                break;
            case "hhi":
                var variant = q.Normalised ? HerfindahlVariant.Normalised : q.EquivalentNumber ? HerfindahlVariant.EquivalentNumber : HerfindahlVariant.Plain;
                w.Labels(m.Herfindahl(variant, zero, missing), q.Normalised ? "hhi-normalised" : q.EquivalentNumber ? "hhi-equivalent-number" : "hhi");
                break;
            case "entropy": w.Labels(m.Entropy(q.LogBase, zero, missing), "entropy"); break;
            case "hachman": w.Labels(m.Hachman(reference, zero, missing), "hachman"); break;
            case "locational-gini": w.Labels(m.LocationalGini(zero, missing), "locational-gini"); break;
            case "eci": w.Labels(Complexity(q, m, threshold, missing).Eci, "eci"); break;
            case "pci": w.Labels(Complexity(q, m, threshold, missing).Pci, "pci"); break;
            case "proximity":
                var phi = m.Proximity(threshold, q.Binary, missing);
                w.Row("industry_a", "industry_b", "proximity");
                for (int a = 0; a < phi.Products.Count; a++)
                {
                    for (int b = 0; b < phi.Products.Count; b++) w.Row(phi.Products[a], phi.Products[b], CsvOut.Number(phi[a, b]));
                }
                break;
            default:
                var convention = q.DensityConvention == "exclude-self" ? DensityConvention.ExcludeSelf : DensityConvention.IncludeSelf;
                w.Cells(m.Density(convention, threshold, q.Binary, missing), "density");
                break;
        }
    }

    /// <summary>
    /// The region x industry matrix of a region,industry,value file, or of one year of a region,industry,year,value
    /// file (<paramref name="year"/>, needed when the file holds several years).
    /// </summary>
    public static RegionIndustryMatrix ReadMatrix(CsvTable table, int? year, string valueColumn = "value")
    {
        if (table.Has("year"))
        {
            var panel = RegionIndustryPanel.FromTable(table, valueColumn);
            return panel[year ?? (panel.Years.Count == 1
                ? panel.Years[0]
                : throw new CliUsageException($"{table.Source} holds the years {string.Join(", ", panel.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)))}: choose one with --year."))];
        }
        if (year is not null) throw new CliUsageException($"--year needs a year column in {table.Source}.");
        return RegionIndustryMatrix.FromTable(table, valueColumn);
    }

    /// <summary>The values (and the weights, when there is a weight column) of a region,value[,weight] file, each region once.</summary>
    public static (List<double> Values, List<double>? Weights) ReadDistribution(CsvTable table)
    {
        int rc = table.Require("region"), vc = table.Require("value"), wc = table.Optional("weight");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<double>();
        var weights = new List<double>();
        foreach (var row in table.Rows)
        {
            var region = table.Text(row, rc);
            if (!seen.Add(region)) ThrowHelper.InputFile(table.Source, row.Line, "region", region, "each region once");
            values.Add(table.Number(row, vc, allowMissing: false));
            if (wc >= 0) weights.Add(table.Number(row, wc, allowMissing: false));
        }
        return (values, wc >= 0 ? weights : null);
    }

    private static ComplexityResult Complexity(IndexRequest q, RegionIndustryMatrix m, double threshold, MissingCellPolicy missing)
    {
        if (q.Given.Contains("--iterations") && q.Method != "reflections") throw new CliUsageException("--iterations applies to --method reflections.");
        if (q.Iterations is < 1 or > RegionalIndices.MaxReflections)
        {
            throw new CliUsageException($"--iterations is a whole number from 1 to {RegionalIndices.MaxReflections}, not {q.Iterations.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (q.Given.Contains("--pci-scale") && q.Method == "reflections") throw new CliUsageException("--pci-scale applies to the eigenvector method.");
        return q.Method switch
        {
            null or "eigenvector" => m.Complexity(threshold, q.Binary, q.PciScale == "own" ? PciStandardisation.OwnZScore : PciStandardisation.GrowthLab, missing),
            "reflections" => m.ComplexityByReflections(q.Iterations, threshold, q.Binary, missing),
            _ => throw new CliUsageException($"--method for {q.Name} is eigenvector or reflections, not '{q.Method}'."),
        };
    }

    private static void Distribution(IndexRequest q, CsvTable table, CsvOut w)
    {
        Expect(table, table.Has("region") && table.Has("value") && !table.Has("year"),
            $"a header region,value[,weight] (distribution indices) or region,industry,value (matrix indices)");
        Expect(table, DistributionNames.Contains(q.Name),
            $"a header region,industry,value for '{q.Name}' (a region,value file suits {string.Join(", ", DistributionNames)})");
        foreach (var option in new[] { "--missing", "--zero-totals", "--year" })
        {
            if (q.Given.Contains(option)) throw new CliUsageException($"{option} does not apply to a region,value file (distribution indices take complete values).");
        }
        if (table.Has("weight") && q.Name is not ("gini" or "hoover"))
        {
            ThrowHelper.InputFile(table.Source, 1, "weight", string.Join(',', table.Header), $"no weight column for '{q.Name}' (weights are class sizes for gini and the reference distribution for hoover)");
        }
        var (values, weightList) = ReadDistribution(table);
        (string Column, double Value) result = q.Name switch
        {
            "gini" => q.Normalised
                ? ("gini-normalised", Normalised(RegionalIndices.Gini(values, weightList)))
                : ("gini", RegionalIndices.Gini(values, weightList).Gini),
            "theil-t" => ("theil-t", RegionalIndices.TheilT(values)),
            "theil-l" => ("theil-l", RegionalIndices.TheilL(values)),
            "cv" => ("cv", RegionalIndices.CoefficientOfVariation(values, q.Population ? DeviationKind.Population : DeviationKind.Sample)),
            "atkinson" => ("atkinson", RegionalIndices.Atkinson(values, q.Epsilon ?? throw new CliUsageException("atkinson needs --epsilon (inequality aversion, >= 0)."))),
            "hoover" => ("hoover", RegionalIndices.Hoover(values, weightList)),
            "hhi" => q.Normalised ? ("hhi-normalised", RegionalIndices.Herfindahl(values).Normalised)
                : q.EquivalentNumber ? ("hhi-equivalent-number", RegionalIndices.Herfindahl(values).EquivalentNumber)
                : ("hhi", RegionalIndices.Herfindahl(values).Value),
            _ => ("entropy", RegionalIndices.Entropy(values, q.LogBase)),
        };
        w.Row(result.Column);
        w.Row(CsvOut.Number(result.Value));
    }

    private static double Normalised(GiniResult g) =>
        g.Weighted ? throw new CliUsageException("--normalised is defined for unweighted data only (drop the weight column or the option).") : g.Normalised;

    private static void ShiftShare(IndexRequest q, CsvTable table, CsvOut w)
    {
        Expect(table, table.Has("region") && table.Has("industry") && table.Has("year") && table.Has("value"), "the header region,industry,year,value for shift-share");
        if (q.Base is not { } baseYear || q.End is not { } endYear) throw new CliUsageException("shift-share needs --base YEAR and --end YEAR.");
        var method = q.Method switch
        {
            null or "dunn" => ShiftShareMethod.Dunn,
            "esteban-marquillas" => ShiftShareMethod.EstebanMarquillas,
            "gerfin" => ShiftShareMethod.Gerfin,
            _ => throw new CliUsageException($"--method for shift-share is dunn, esteban-marquillas or gerfin, not '{q.Method}'."),
        };
        var panel = RegionIndustryPanel.FromTable(table, "value");
        var nation = q.Nation is null ? null : ReferenceTotals.ByYearFromCsv(q.Nation);
        var result = panel.ShiftShare(baseYear, endYear, method, nation, q.Chain,
            q.ZeroBase == "algebraic" ? ZeroBaseCellPolicy.AlgebraicForm : ZeroBaseCellPolicy.Error, Missing(q));
        w.Row(["region", .. result.ComponentNames]);
        foreach (var region in result.Regions) w.Row([region.Region, .. region.Components.Select(c => CsvOut.Number(c.Value))]);
    }

    private static void EllisonGlaeser(IndexRequest q, CsvTable table, CsvOut w)
    {
        Expect(table, table.Has("firm") && table.Has("region") && table.Has("industry") && table.Has("employment"), "the header firm,region,industry,employment for ellison-glaeser");
        int fc = table.Require("firm"), rc = table.Require("region"), ic = table.Require("industry"), ec = table.Require("employment");
        var firms = table.Rows.Select(row => new FirmRecord(table.Text(row, fc), table.Text(row, rc), table.Text(row, ic), table.Number(row, ec, allowMissing: false))).ToList();
        Dictionary<string, double>? totals = null;
        if (q.RegionTotals is not null)
        {
            var t = CsvTable.Load(q.RegionTotals);
            int trc = t.Require("region"), tec = t.Require("employment");
            totals = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var row in t.Rows)
            {
                var region = t.Text(row, trc);
                if (!totals.TryAdd(region, t.Number(row, tec, allowMissing: false))) ThrowHelper.InputFile(t.Source, row.Line, "region", region, "each region once");
            }
        }
        var result = RegionalIndices.EllisonGlaeser(firms, totals);
        w.Row("industry", "gamma", "G", "H");
        foreach (var i in result.Industries) w.Row(i.Industry, CsvOut.Number(i.Gamma), CsvOut.Number(i.G), CsvOut.Number(i.H));
    }

    private static void Strength(IndexRequest q, CsvTable table, CsvOut w)
    {
        Expect(table, table.Has("region") && table.Has("industry") && table.Has("employment") && table.Has("establishments"), "the header region,industry,employment,establishments for strength");
        var employment = RegionIndustryMatrix.FromTable(table, "employment");
        var establishments = RegionIndustryMatrix.FromTable(table, "establishments");
        var result = employment.ClusterStrength(establishments, Missing(q));
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
    public static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public void Row(params string[] fields) => writer.WriteLine(string.Join(',', fields.Select(CsvCells.MixedField)));

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
