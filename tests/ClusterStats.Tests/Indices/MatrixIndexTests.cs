using ClusterStats.Indices;
using static ClusterStats.Tests.Indices.IndexTestData;

namespace ClusterStats.Tests.Indices;

/// <summary>Hand-checked matrix indices and their zero, missing and negative policies.</summary>
public class MatrixIndexTests
{
    private const double Tol = 1e-12;

    private static RegionIndustryMatrix TwoByTwo() => Matrix(["R1", "R2"], ["I1", "I2"], new double[,] { { 10, 30 }, { 30, 10 } });

    private static RegionIndustryMatrix WithEmptyRegion() => Matrix(["R1", "R0"], ["I1", "I2"], new double[,] { { 10, 30 }, { 0, 0 } });

    [Test]
    public void Entropy_of_R2_exactly()
    {
        // INDICES.md example 3, R2 = (0, 15, 5, 70, 10)/100: -(.15 log2 .15 + .05 log2 .05 + .7 log2 .7 + .1 log2 .1).
        var expected = -(0.15 * Math.Log2(0.15) + 0.05 * Math.Log2(0.05) + 0.7 * Math.Log2(0.7) + 0.1 * Math.Log2(0.1));
        Assert.That(EconGeo5x5().Entropy()["R2"], Is.EqualTo(expected).Within(Tol));
    }

    [Test]
    public void Herfindahl_variants_by_region()
    {
        // R2 of example 3: H = .525, normalised (.525 - .2)/.8 = .40625, equivalent number 1/.525.
        Assert.That(EconGeo5x5().Herfindahl(HerfindahlVariant.Normalised)["R2"], Is.EqualTo(0.40625).Within(Tol));
        Assert.That(EconGeo5x5().Herfindahl(HerfindahlVariant.EquivalentNumber)["R2"], Is.EqualTo(1 / 0.525).Within(Tol));
    }

    [Test]
    public void Hachman_of_a_mirror_and_of_a_tilted_region()
    {
        // S = (.5, .5). R1 s = (.25, .75): sum s^2/S = (.0625 + .5625)/.5 = 1.25 -> 0.8. A region equal to the reference: 1.
        Assert.That(TwoByTwo().Hachman()["R1"], Is.EqualTo(0.8).Within(Tol));
        var mirror = Matrix(["A", "B"], ["I1", "I2"], new double[,] { { 5, 5 }, { 10, 10 } });
        Assert.That(mirror.Hachman()["A"], Is.EqualTo(1).Within(Tol));
    }

    [Test]
    public void Specialisation_uses_the_threshold_inclusively()
    {
        // LQ of R2 in example 3 = (0, .75, .25, 3.5, .5): >= 1 -> (0, 0, 0, 1, 0); >= 0.5 -> (0, 1, 0, 1, 1).
        var m = EconGeo5x5();
        AreClose(Enumerable.Range(0, 5).Select(i => m.Specialisation()[1, i]).ToArray(), [0, 0, 0, 1, 0], 0);
        AreClose(Enumerable.Range(0, 5).Select(i => m.Specialisation(0.5)[1, i]).ToArray(), [0, 1, 0, 1, 1], 0);
    }

    [Test]
    public void Location_quotient_against_a_national_reference()
    {
        // R1 (10, 30) against nation I1 = 100, I2 = 100, grand total 400: S = (.25, .25), s = (.25, .75) -> LQ (1, 3).
        var nation = new ReferenceTotals(new Dictionary<string, double> { ["I1"] = 100, ["I2"] = 100 }, 400);
        var lq = TwoByTwo().LocationQuotient(nation);
        Assert.That(lq["R1", "I1"], Is.EqualTo(1).Within(Tol));
        Assert.That(lq["R1", "I2"], Is.EqualTo(3).Within(Tol));
        // Krugman against the same reference: |.25 - .25| + |.75 - .25| = .5.
        Assert.That(TwoByTwo().Krugman(nation)["R1"], Is.EqualTo(0.5).Within(Tol));
    }

    [Test]
    public void A_reference_must_cover_every_industry_and_exceed_every_part()
    {
        Assert.Throws<ClusterStatsException>(() => TwoByTwo().LocationQuotient(new ReferenceTotals(new Dictionary<string, double> { ["I1"] = 100 })));
        var ex = Assert.Throws<ClusterStatsException>(() => TwoByTwo().LocationQuotient(new ReferenceTotals(new Dictionary<string, double> { ["I1"] = 20, ["I2"] = 100 })));
        Assert.That(ex!.Message, Does.Contain("cannot exceed"));
        Assert.Throws<ClusterStatsException>(() => _ = new ReferenceTotals(new Dictionary<string, double> { ["I1"] = 100 }, 50));
    }

    [Test]
    public void An_empty_region_follows_the_zero_total_policy()
    {
        // R0 = (0, 0): its shares are 0/0. REAT: NaN (default); EconGeo: 0; or an error.
        var m = WithEmptyRegion();
        Assert.That(m.LocationQuotient()["R0", "I1"], Is.NaN);
        Assert.That(m.LocationQuotient(zeroTotals: ZeroTotalPolicy.Zero)["R0", "I1"], Is.EqualTo(0));
        var ex = Assert.Throws<UndefinedIndexException>(() => m.LocationQuotient(zeroTotals: ZeroTotalPolicy.Error));
        Assert.That(ex!.Message, Does.Contain("'R0'"));
        Assert.That(m.Krugman()["R0"], Is.NaN);
        Assert.That(m.Herfindahl(zeroTotals: ZeroTotalPolicy.Zero)["R0"], Is.EqualTo(0));
        Assert.That(m.Entropy()["R0"], Is.NaN);
        // R1 keeps its values: R1 is the whole economy, LQ 1.
        Assert.That(m.LocationQuotient()["R1", "I2"], Is.EqualTo(1).Within(Tol));
    }

    [Test]
    public void An_empty_industry_follows_the_zero_total_policy()
    {
        var m = Matrix(["R1", "R2"], ["I1", "none"], new double[,] { { 10, 0 }, { 30, 0 } });
        Assert.That(m.LocationQuotient()["R1", "none"], Is.NaN);
        Assert.That(m.LocationalGini()["none"], Is.NaN);
        Assert.Throws<UndefinedIndexException>(() => m.LocationalGini(ZeroTotalPolicy.Error));
    }

    [Test]
    public void Missing_cells_are_an_error_unless_they_mean_zero()
    {
        // R2 has no I2 record: missing, not zero.
        var m = RegionIndustryMatrix.FromLong(new[] { ("R1", "I1", 1.0), ("R1", "I2", 2.0), ("R2", "I1", 3.0) }, t => t.Item1, t => t.Item2, t => t.Item3);
        Assert.That(m.HasMissing, Is.True);
        var ex = Assert.Throws<ClusterStatsException>(() => m.Herfindahl());
        Assert.That(ex!.Message, Does.Contain("'R2'").And.Contain("'I2'").And.Contain("missing"));
        // As zero: R1 shares (1/3, 2/3): H = 1/9 + 4/9 = 5/9; R2 (1, 0): H = 1.
        AreClose(m.Herfindahl(missing: MissingCellPolicy.Zero).Values, [5.0 / 9, 1], Tol);
    }

    [Test]
    public void Negative_values_are_an_error_for_every_matrix_index()
    {
        var m = Matrix(["R1", "R2"], ["I1", "I2"], new double[,] { { 10, -1 }, { 3, 4 } });
        foreach (var index in new Action[]
        {
            () => m.LocationQuotient(), () => m.Krugman(), () => m.Herfindahl(), () => m.Entropy(), () => m.Hachman(),
            () => m.LocationalGini(), () => m.Specialisation(), () => m.Complexity(), () => m.Proximity(), () => m.Density(),
        })
        {
            var ex = Assert.Throws<ClusterStatsException>(() => index());
            Assert.That(ex!.Message, Does.Contain("negative"));
        }
    }

    [Test]
    public void Locational_Gini_of_a_fully_concentrated_industry()
    {
        // Regions R1 = (10, 0), R2 = (0, 10): each half of all activity. I1 sorted by x/pop: R2 (0), R1: cumulative
        // industry 0, 1 at cumulative population .5, 1: (0 * 0 - 0 * .5) + (1 * .5 - 0 * 1) = .5, halved (EconGeo) = .25.
        var m = Matrix(["R1", "R2"], ["I1", "I2"], new double[,] { { 10, 0 }, { 0, 10 } });
        AreClose(m.LocationalGini().Values, [0.25, 0.25], Tol);
        // An industry spread like all activity: 0.
        var spread = Matrix(["R1", "R2"], ["I1", "I2"], new double[,] { { 10, 20 }, { 20, 40 } });
        AreClose(spread.LocationalGini().Values, [0, 0], Tol);
    }

    [Test]
    public void Location_quotients_expose_labels_and_a_matrix_for_a_heatmap()
    {
        var lq = EconGeo5x5().LocationQuotient();
        Assert.That(lq.Regions, Is.EqualTo(new[] { "R1", "R2", "R3", "R4", "R5" }));
        Assert.That(lq.Industries, Has.Count.EqualTo(5));
        var a = lq.ToArray();
        Assert.That(a.GetLength(0), Is.EqualTo(5));
        Assert.That(a[1, 3], Is.EqualTo(3.5).Within(Tol)); // INDICES.md example 3
        var frame = lq.ToDataFrame();
        Assert.That(frame.Rows.Count, Is.EqualTo(25));
        Assert.That(frame.Columns.Select(c => c.DataType), Is.EqualTo(new[] { typeof(string), typeof(string), typeof(double) }));
        Assert.That(frame.Columns["lq"][8], Is.EqualTo(3.5).Within(Tol));
    }
}
