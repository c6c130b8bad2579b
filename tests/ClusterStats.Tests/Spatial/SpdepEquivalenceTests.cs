using ClusterStats.Spatial;

namespace ClusterStats.Tests.Spatial;

/// <summary>
/// Weights, global and local statistics equal spdep 1.2 (numbers in expected/, written by spdep_expected.R) to 1e-9, on a
/// grid (queen and rook differ) and on the North Carolina counties with an island (kept, n reduced).
/// </summary>
public class SpdepEquivalenceTests
{
    private static IEnumerable<TestCaseData> NeighbourCases() =>
        SpdepExpected.Rows("neighbours.csv").Select(r => r[0]).Distinct().Select(c => new TestCaseData(c).SetArgDisplayNames(c));

    [TestCaseSource(nameof(NeighbourCases))]
    public void Neighbours_equal_spdep(string @case)
    {
        var parts = @case.Split('/');
        var weights = SpdepExpected.Weights(parts[0], parts[1]);
        var expected = SpdepExpected.Rows("neighbours.csv").Where(r => r[0] == @case).ToList();
        Assert.That(expected, Has.Count.EqualTo(weights.Count));
        var differences = new List<string>();
        foreach (var row in expected)
        {
            int i = weights.Regions.ToList().IndexOf(row[1]);
            var actual = weights.Neighbours(i).ToArray().Select(j => weights.Regions[j]).Order(StringComparer.Ordinal);
            var wanted = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
            if (!actual.SequenceEqual(wanted)) differences.Add($"{row[1]}: {string.Join(" ", actual)} (spdep: {row[2]})");
        }
        Assert.That(differences, Is.Empty);
        Assert.That(weights.Neighbours(0).Length, Is.GreaterThan(0), "the first region has neighbours in every case");
    }

    private static IEnumerable<TestCaseData> GlobalCases() =>
        SpdepExpected.Rows("global.csv").Select(r => r[0]).Distinct().Select(c => new TestCaseData(c).SetArgDisplayNames(c));

    [TestCaseSource(nameof(GlobalCases))]
    public void Global_statistics_equal_spdep(string @case)
    {
        // dataset/neighbours/style/statistic/assumption/alternative
        var p = @case.Split('/');
        var weights = SpdepExpected.Weights(p[0], p[1], Enum.Parse<WeightsStyle>(p[2]));
        var values = SpdepExpected.Values(p[0]);
        var assumption = p[4] == "randomisation" ? Assumption.Randomisation : Assumption.Normality;
        var alternative = Alternative(p[5]);
        double[] actual = p[3] == "moran"
            ? weights.Moran(values, assumption, alternative) is var m ? [m.I, m.Expected, m.Variance, m.Z, m.PValue] : []
            : weights.Geary(values, assumption, alternative) is var g ? [g.C, g.Expected, g.Variance, g.Z, g.PValue] : [];
        var expected = SpdepExpected.Rows("global.csv").Where(r => r[0] == @case).ToDictionary(r => r[1], r => SpdepExpected.Number(r[2]));
        string[] names = ["statistic", "expected", "variance", "z", "p_value"];
        for (int k = 0; k < names.Length; k++)
        {
            Assert.That(SpdepExpected.Close(actual[k], expected[names[k]], names[k] == "p_value"), Is.True,
                $"{names[k]}: {actual[k]:R}, spdep {expected[names[k]]:R}");
        }
    }

    private static IEnumerable<TestCaseData> LocalCases() =>
        SpdepExpected.Rows("local.csv").Select(r => r[0]).Distinct().Select(c => new TestCaseData(c).SetArgDisplayNames(c));

    [TestCaseSource(nameof(LocalCases))]
    public void Local_statistics_equal_spdep(string @case)
    {
        var p = @case.Split('/');
        var rows = SpdepExpected.Rows("local.csv").Where(r => r[0] == @case).ToList();
        var weights = SpdepExpected.Weights(p[0], p[1], Enum.Parse<WeightsStyle>(p[2]));
        var values = SpdepExpected.Values(p[0]);
        var index = weights.Regions.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
        Func<string, int, string, (double? Number, string? Text)> actual;
        switch (p[3])
        {
            case "localmoran":
                var lm = weights.LocalMoran(values, Alternative(p[5]), p[4] == "n" ? LocalVariance.N : LocalVariance.NMinusOne, permutations: 0);
                actual = (_, i, column) => column switch
                {
                    "local_i" => (lm[i].LocalI, null),
                    "expected" => (lm[i].Expected, null),
                    "variance" => (lm[i].Variance, null),
                    "z" => (lm[i].Z, null),
                    "p_value" => (lm[i].PValue, null),
                    _ => (null, Quadrant(lm[i].Quadrant)),
                };
                break;
            case "gstar":
            case "gi":
                var g = weights.GetisOrd(values, includeSelf: p[3] == "gstar", Alternative(p[4]));
                actual = (_, i, column) => (column == "z" ? g[i].Z : g[i].PValue, null);
                break;
            default:
                var lmp = weights.LocalMoran(values, permutations: 0).Select(r => r.PValue).ToArray();
                var bonferroni = SpatialStatistics.AdjustPValues(lmp, PValueAdjustment.Bonferroni);
                var fdr = SpatialStatistics.AdjustPValues(lmp, PValueAdjustment.Fdr);
                actual = (_, i, column) => (column switch { "p_value" => lmp[i], "bonferroni" => bonferroni[i], _ => fdr[i] }, null);
                break;
        }
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var (number, text) = actual(row[1], index[row[1]], row[2]);
            bool ok = number is { } a ? SpdepExpected.Close(a, SpdepExpected.Number(row[3]), row[2] is "p_value" or "bonferroni" or "fdr") : text == row[3];
            if (!ok) failures.Add($"{row[1]} {row[2]}: {(number is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : text)}, spdep {row[3]}");
        }
        Assert.That(rows, Is.Not.Empty);
        Assert.That(failures, Is.Empty);
    }

    private static Alternative Alternative(string text) => text switch
    {
        "greater" => ClusterStats.Spatial.Alternative.Greater,
        "less" => ClusterStats.Spatial.Alternative.Less,
        _ => ClusterStats.Spatial.Alternative.TwoSided,
    };

    private static string Quadrant(LisaQuadrant q) => q switch
    {
        LisaQuadrant.HighHigh => "High-High",
        LisaQuadrant.LowHigh => "Low-High",
        LisaQuadrant.LowLow => "Low-Low",
        _ => "High-Low",
    };
}
