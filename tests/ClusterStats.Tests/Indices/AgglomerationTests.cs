using ClusterStats.Indices;
using static ClusterStats.Tests.Indices.IndexTestData;

namespace ClusterStats.Tests.Indices;

/// <summary>Ellison-Glaeser and the US Cluster Mapping strong-cluster rule, checked by hand.</summary>
public class AgglomerationTests
{
    private const double Tol = 1e-12;

    private static readonly Dictionary<string, double> HalfHalf = new() { ["A"] = 50, ["B"] = 50 };

    [Test]
    public void Ellison_Glaeser_for_a_concentrated_and_a_dispersed_industry()
    {
        // x = (.5, .5), 1 - sum x^2 = .5. T: two plants of 10 in A: s = (1, 0), G = .25 + .25 = .5, H = .5,
        // gamma = (.5 - .5 * .5)/(.5 * .5) = 1. U: one plant of 10 in A and one in B: s = (.5, .5), G = 0, H = .5, gamma = -1.
        var result = RegionalIndices.EllisonGlaeser(
        [
            new FirmRecord("f1", "A", "T", 10), new FirmRecord("f2", "A", "T", 10),
            new FirmRecord("f3", "A", "U", 10), new FirmRecord("f4", "B", "U", 10),
        ], HalfHalf);
        var t = result.Industries[0];
        Assert.That((t.Industry, t.G, t.H, t.Gamma, t.Plants), Is.EqualTo(("T", 0.5, 0.5, 1.0, 2)));
        var u = result.Industries[1];
        Assert.That(u.G, Is.EqualTo(0).Within(Tol));
        Assert.That(u.Gamma, Is.EqualTo(-1).Within(Tol));
        Assert.That(result.ToDataFrame().Columns.Select(c => c.Name), Is.EqualTo(new[] { "industry", "gamma", "G", "H", "plants", "employment" }));
    }

    [Test]
    public void Ellison_Glaeser_edge_cases()
    {
        // A single plant: H = 1, gamma = 0/0 -> NaN (G and H still reported).
        var single = RegionalIndices.EllisonGlaeser([new FirmRecord("f1", "A", "T", 10)], HalfHalf).Industries[0];
        Assert.That(single.Gamma, Is.NaN);
        Assert.That(single.H, Is.EqualTo(1));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.EllisonGlaeser([new FirmRecord("f1", "C", "T", 10)], HalfHalf));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.EllisonGlaeser([new FirmRecord("f1", "A", "T", -1)], HalfHalf));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.EllisonGlaeser([new FirmRecord("f1", "A", "T", 1), new FirmRecord("f1", "B", "T", 1)], HalfHalf));
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.EllisonGlaeser([new FirmRecord("f1", "A", "T", 0)], HalfHalf));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.EllisonGlaeser([]));
    }

    [Test]
    public void Ellison_Glaeser_region_totals_default_to_the_firm_data()
    {
        // Without totals: A = 20 + 10 = 30, B = 10 of 40 -> x = (.75, .25). T (all in A): s = (1, 0), G = .0625 + .0625 = .125.
        var t = RegionalIndices.EllisonGlaeser(
        [
            new FirmRecord("f1", "A", "T", 10), new FirmRecord("f2", "A", "T", 10),
            new FirmRecord("f3", "A", "U", 10), new FirmRecord("f4", "B", "U", 10),
        ]).Industries[0];
        Assert.That(t.G, Is.EqualTo(0.125).Within(Tol));
    }

    [Test]
    public void Ellison_Glaeser_refuses_a_region_total_below_its_own_plants()
    {
        // Region A's plants employ 10 + 5 = 15 across two industries; a total of 5 would make shares above 1.
        FirmRecord[] firms = [new("f1", "A", "x", 10), new("f2", "B", "x", 10), new("f3", "A", "y", 5), new("f4", "B", "y", 3)];
        var error = Assert.Throws<ClusterStatsException>(() => RegionalIndices.EllisonGlaeser(firms, new Dictionary<string, double> { ["A"] = 5, ["B"] = 100 }))!;
        Assert.That(error.Message, Is.EqualTo("Ellison-Glaeser: region 'A' has total employment 5, but its plants in the records employ 15; expected a total of at least the plants' employment (all employment of the region, in every industry)."));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.EllisonGlaeser(firms, new Dictionary<string, double> { ["A"] = 15, ["B"] = 12.999 }));
        // Totals equal to the plants' employment are the default totals, and give the same result.
        var equal = RegionalIndices.EllisonGlaeser(firms, new Dictionary<string, double> { ["A"] = 15, ["B"] = 13, ["C"] = 0 }).Industries;
        var byDefault = RegionalIndices.EllisonGlaeser(firms).Industries;
        Assert.That(equal.Select(i => i.Gamma), Is.EqualTo(byDefault.Select(i => i.Gamma)).Within(Tol));
        // A sum of plants that only rounding puts above the total (0.1 + 0.2 > 0.3 in doubles) is the total.
        FirmRecord[] fractional = [new("f1", "A", "x", 0.1), new("f2", "A", "y", 0.2), new("f3", "B", "x", 1), new("f4", "B", "y", 1)];
        Assert.DoesNotThrow(() => RegionalIndices.EllisonGlaeser(fractional, new Dictionary<string, double> { ["A"] = 0.3, ["B"] = 2 }));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.EllisonGlaeser(fractional, new Dictionary<string, double> { ["A"] = 0.29999999, ["B"] = 2 }));
    }

    public static (RegionIndustryMatrix Employment, RegionIndustryMatrix Establishments) StrengthData() =>
    (
        Matrix(["R1", "R2", "R3", "R4"], ["K", "O"], new double[,] { { 50, 50 }, { 10, 90 }, { 30, 70 }, { 0, 100 } }),
        Matrix(["R1", "R2", "R3", "R4"], ["K", "O"], new double[,] { { 5, 10 }, { 2, 10 }, { 3, 10 }, { 0, 10 } })
    );

    [Test]
    public void Strong_clusters_by_the_US_Cluster_Mapping_rule()
    {
        // K: total 90 of 400, S = .225; LQ R1 .5/.225 = 2.222, R2 .444, R3 1.333 (R4 has no K and is left out).
        // Type-7 quantiles over R1..R3: LQ p75 = 1.333 + .5 (2.222 - 1.333) = 1.778; employment p25 = 10 + .5 * 20 = 20;
        // establishments p25 = 2 + .5 * 1 = 2.5. Strong: R1 only (R3's LQ is below p75).
        // O: LQ R4 = 1/.775 = 1.290 >= p75 1.194 and employment 100 > 65, but establishments 10 is not > p25 10: not strong.
        var (employment, establishments) = StrengthData();
        var result = employment.ClusterStrength(establishments);
        var k = result.Thresholds[0];
        Assert.That(k.LocationQuotientP75, Is.EqualTo(4.0 / 3 + 0.5 * (20.0 / 9 - 4.0 / 3)).Within(Tol));
        Assert.That(k.EmploymentP25, Is.EqualTo(20).Within(Tol));
        Assert.That(k.EstablishmentsP25, Is.EqualTo(2.5).Within(Tol));
        Assert.That(result.Cells.Where(c => c.Strong).Select(c => (c.Region, c.Industry)), Is.EqualTo(new[] { ("R1", "K") }));
        Assert.That(result.Cells.Single(c => c.Region == "R4" && c.Industry == "O").LocationQuotient, Is.EqualTo(1 / 0.775).Within(Tol));
        Assert.That(result.ToDataFrame().Columns["strong"].DataType, Is.EqualTo(typeof(bool)));
    }

    [Test]
    public void Strength_needs_matching_matrices()
    {
        var (employment, _) = StrengthData();
        var other = Matrix(["R1"], ["K"], new double[,] { { 1 } });
        Assert.Throws<ClusterStatsException>(() => employment.ClusterStrength(other));
    }
}
