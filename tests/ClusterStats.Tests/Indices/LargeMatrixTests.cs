using ClusterStats.Indices;

namespace ClusterStats.Tests.Indices;

/// <summary>
/// Matrices large enough for the parallel, vectorised paths (600 x 501 cells: several blocks of rows, and a row length
/// that leaves a remainder after the vectors): the same values as the definitions computed cell by cell, and the same
/// errors for missing and negative cells wherever they are. Tolerance: 1e-12 relative (1e-10 percent).
/// </summary>
public class LargeMatrixTests
{
    private const int R = 600, I = 501;

    private static (string[] Regions, string[] Industries, double[] Values) Data(int seed)
    {
        var rng = new Random(seed);
        var values = new double[R * I];
        for (int k = 0; k < values.Length; k++) values[k] = rng.Next(10) == 0 ? 0 : rng.NextDouble() * 1000;
        for (int i = 0; i < I; i++) values[7 * I + i] = 0; // an empty region
        return (Enumerable.Range(0, R).Select(r => $"r{r}").ToArray(), Enumerable.Range(0, I).Select(i => $"i{i}").ToArray(), values);
    }

    [Test]
    public void Lq_hhi_and_krugman_match_the_definitions_cell_by_cell()
    {
        var (regions, industries, x) = Data(11);
        var m = new RegionIndustryMatrix(regions, industries, x);
        var lq = m.LocationQuotient();
        var hhi = m.Herfindahl().Values;
        var krugman = m.Krugman().Values;
        var rowTotal = new double[R];
        var columnTotal = new double[I];
        double total = 0;
        for (int r = 0; r < R; r++)
        {
            for (int i = 0; i < I; i++)
            {
                rowTotal[r] += x[r * I + i];
                columnTotal[i] += x[r * I + i];
                total += x[r * I + i];
            }
        }
        for (int r = 0; r < R; r++)
        {
            if (rowTotal[r] == 0)
            {
                Assert.That(hhi[r], Is.NaN);
                Assert.That(krugman[r], Is.NaN);
                Assert.That(lq[r, 0], Is.NaN);
                continue;
            }
            double h = 0, k = 0;
            for (int i = 0; i < I; i++)
            {
                double share = x[r * I + i] / rowTotal[r], reference = columnTotal[i] / total;
                h += share * share;
                k += Math.Abs(share - reference);
                Assert.That(lq[r, i], Is.EqualTo(share / reference).Within(1e-10).Percent, $"LQ {r},{i}");
            }
            Assert.That(hhi[r], Is.EqualTo(h).Within(1e-10).Percent, $"HHI {r}");
            Assert.That(krugman[r], Is.EqualTo(k).Within(1e-10).Percent, $"Krugman {r}");
        }
        // Asking again gives the same numbers (the totals are shared, not recomputed differently).
        Assert.That(m.Krugman().Values, Is.EqualTo(krugman));
    }

    [Test]
    public void A_negative_infinite_or_missing_cell_anywhere_is_named()
    {
        var (regions, industries, x) = Data(12);
        x[599 * I + 500] = -3;
        var negative = new RegionIndustryMatrix(regions, industries, x);
        var ex = Assert.Throws<ClusterStatsException>(() => negative.Herfindahl());
        Assert.That(ex!.Message, Does.Contain("region 'r599' and industry 'i500' is negative (-3)"));
        // Asked again, by another index: the same error, with that index's name.
        Assert.That(Assert.Throws<ClusterStatsException>(() => negative.LocationQuotient())!.Message, Does.StartWith("lq:"));

        x[599 * I + 500] = double.PositiveInfinity;
        var infinite = new RegionIndustryMatrix(regions, industries, x);
        Assert.That(Assert.Throws<ClusterStatsException>(() => infinite.Krugman())!.Message, Does.Contain("region 'r599' and industry 'i500' is Infinity; expected a finite number"));
        Assert.Throws<ClusterStatsException>(() => infinite.Complexity());

        x[599 * I + 500] = 1;
        x[300 * I + 3] = double.NaN;
        var missing = new RegionIndustryMatrix(regions, industries, x);
        Assert.That(Assert.Throws<ClusterStatsException>(() => missing.Krugman())!.Message, Does.Contain("region 'r300' and industry 'i3' is missing"));
        // Missing as zero: the same as the matrix with a zero there.
        x[300 * I + 3] = 0;
        var zero = new RegionIndustryMatrix(regions, industries, x);
        Assert.That(missing.Krugman(missing: MissingCellPolicy.Zero).Values, Is.EqualTo(zero.Krugman().Values));
    }
}
