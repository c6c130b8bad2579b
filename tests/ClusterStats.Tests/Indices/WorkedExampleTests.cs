using ClusterStats.Indices;
using static ClusterStats.Tests.Indices.IndexTestData;

namespace ClusterStats.Tests.Indices;

/// <summary>The worked examples of INDICES.md (numbers reproduced with EconGeo 2.1, REAT 3.0.3 and ecomplexity).</summary>
public class WorkedExampleTests
{
    private const double Tol = 1e-9;

    [Test]
    public void Example1_REAT_locq_against_national_totals()
    {
        // INDICES.md example 1: REAT locq(e_ij = 1714, e_j = 79006, e_i = 879213, e = 15593224) = 0.3847623423.
        var m = new RegionIndustryMatrix(["region"], ["industry", "other"], [1714, 79006 - 1714]);
        var nation = new ReferenceTotals(new Dictionary<string, double> { ["industry"] = 879213, ["other"] = 15593224 - 879213 });
        Assert.That(m.LocationQuotient(nation)["region", "industry"], Is.EqualTo(0.3847623423).Within(Tol));
    }

    [Test]
    public void Example2_Herfindahl_of_shares()
    {
        // INDICES.md example 2: shares (20, 50, 20, 10): HHI 0.34, normalised 0.12, equivalent number 2.941176471.
        var h = RegionalIndices.Herfindahl([20, 50, 20, 10]);
        Assert.That(h.Value, Is.EqualTo(0.34).Within(Tol));
        Assert.That(h.Normalised, Is.EqualTo(0.12).Within(Tol));
        Assert.That(h.EquivalentNumber, Is.EqualTo(2.941176471).Within(Tol));
        Assert.That(h.Count, Is.EqualTo(4));
    }

    [Test]
    public void Example2_Gini_plain_normalised_and_weighted()
    {
        // INDICES.md example 2: Gini(20, 50, 20, 10) = 0.3, normalised 0.4; weighted Gini of incomes
        // (500, 1500, 2500, 4000, 7500, 15000) with class sizes (1000, 1200, 1600, 400, 200, 600) = 0.527826087.
        var g = RegionalIndices.Gini([20, 50, 20, 10]);
        Assert.That(g.Gini, Is.EqualTo(0.3).Within(Tol));
        Assert.That(g.Normalised, Is.EqualTo(0.4).Within(Tol));
        var w = RegionalIndices.Gini([500, 1500, 2500, 4000, 7500, 15000], [1000, 1200, 1600, 400, 200, 600]);
        Assert.That(w.Gini, Is.EqualTo(0.527826087).Within(Tol));
        Assert.That(w.Weighted, Is.True);
        Assert.That(w.Normalised, Is.NaN);
    }

    [Test]
    public void Example3_location_quotients_of_R2()
    {
        // INDICES.md example 3: LQ of R2 = (0, 0.75, 0.25, 3.5, 0.5).
        var lq = EconGeo5x5().LocationQuotient();
        AreClose(Enumerable.Range(0, 5).Select(i => lq[1, i]).ToArray(), [0, 0.75, 0.25, 3.5, 0.5], Tol);
    }

    [Test]
    public void Example3_Krugman_by_region()
    {
        // INDICES.md example 3: Krugman by region (1.6, 1.0, 0.6, 0.7, 1.1).
        AreClose(EconGeo5x5().Krugman().Values, [1.6, 1.0, 0.6, 0.7, 1.1], Tol);
        AreClose(EconGeo5x5().SpecialisationCoefficient().Values, [0.8, 0.5, 0.3, 0.35, 0.55], Tol);
    }

    [Test]
    public void Example3_Herfindahl_by_region()
    {
        // INDICES.md example 3: HHI by region (1, 0.525, 0.34, 0.315, 0.465).
        AreClose(EconGeo5x5().Herfindahl().Values, [1, 0.525, 0.34, 0.315, 0.465], Tol);
    }

    [Test]
    public void Example3_entropy_by_region_as_published_to_three_decimals()
    {
        // INDICES.md example 3: entropy (0, 1.319, 1.761, 1.766, 1.219), published to 3 decimals, so compared to 5e-4;
        // the exact R2 value is checked to 1e-12 in MatrixIndexTests.
        AreClose(EconGeo5x5().Entropy().Values, [0, 1.319, 1.761, 1.766, 1.219], 5e-4);
    }

    [Test]
    public void Example3_Hachman_of_R2_and_Gini_of_an_industry()
    {
        // INDICES.md example 3: Hachman of R2 = 0.380952381; Gini(0, 10, 10, 30, 50) = 0.48.
        Assert.That(EconGeo5x5().Hachman()["R2"], Is.EqualTo(0.380952381).Within(Tol));
        Assert.That(RegionalIndices.Gini([0, 10, 10, 30, 50]).Gini, Is.EqualTo(0.48).Within(Tol));
    }

    [Test]
    public void Example4_Dunn_shift_share()
    {
        // INDICES.md example 4: nation (400, 150, 150, 400) -> (440, 210, 135, 480), region A (90, 20, 10, 60) ->
        // (100, 40, 10, 55): growth 25, NS 27, IM 1, RS -3, NTS -2.
        var result = ShiftShareExample4().ShiftShare(1, 2, ShiftShareMethod.Dunn, Example4Nation());
        var a = result.Regions[0];
        Assert.That(a["growth"], Is.EqualTo(25).Within(Tol));
        Assert.That(a["national_share"], Is.EqualTo(27).Within(Tol));
        Assert.That(a["industry_mix"], Is.EqualTo(1).Within(Tol));
        Assert.That(a["regional_shift"], Is.EqualTo(-3).Within(Tol));
        Assert.That(a["net_total_shift"], Is.EqualTo(-2).Within(Tol));
    }

    [Test]
    public void Example5_Growth_Lab_ECI_and_PCI()
    {
        // INDICES.md example 5: Growth Lab ECI = (1.07763181, 0.53881591, 0, -0.71842121, -1.79605302, 0.89802651),
        // PCI = (-1.79605302, 0.3592106, 1.43684242, 2.15526362, 3.23289544). These are (6, 3, 0, -4, -10, 5)/sqrt(31)
        // and (-10, 2, 8, 12, 18)/sqrt(31) (6/sqrt(31) = 1.0776318..., 18/sqrt(31) = 3.2328954...), which lets the
        // comparison go to 1e-9 although the published figures have 8 decimals.
        var c = Nested().Complexity(valuesAreBinary: true);
        var s = Math.Sqrt(31);
        AreClose(c.Eci.Values, [6 / s, 3 / s, 0, -4 / s, -10 / s, 5 / s], Tol);
        AreClose(c.Pci.Values, [-10 / s, 2 / s, 8 / s, 12 / s, 18 / s], Tol);
        AreClose(c.Eci.Values, [1.07763181, 0.53881591, 0, -0.71842121, -1.79605302, 0.89802651], 5e-9);
        AreClose(c.Pci.Values, [-1.79605302, 0.3592106, 1.43684242, 2.15526362, 3.23289544], 5e-8);
    }

    internal static RegionIndustryPanel ShiftShareExample4()
    {
        var rows = new (string Industry, int Year, double Value)[]
        {
            ("i1", 1, 90), ("i2", 1, 20), ("i3", 1, 10), ("i4", 1, 60),
            ("i1", 2, 100), ("i2", 2, 40), ("i3", 2, 10), ("i4", 2, 55),
        };
        return RegionIndustryPanel.FromLong(rows, _ => "A", r => r.Industry, r => r.Year, r => r.Value);
    }

    internal static Dictionary<int, ReferenceTotals> Example4Nation() => new()
    {
        [1] = new ReferenceTotals(new Dictionary<string, double> { ["i1"] = 400, ["i2"] = 150, ["i3"] = 150, ["i4"] = 400 }),
        [2] = new ReferenceTotals(new Dictionary<string, double> { ["i1"] = 440, ["i2"] = 210, ["i3"] = 135, ["i4"] = 480 }),
    };
}
