using ClusterStats.Indices;

namespace ClusterStats.Tests.Indices;

/// <summary>Shift-share: Esteban-Marquillas and Gerfin on INDICES.md example 4, chained periods and zero base-year cells.</summary>
public class ShiftShareTests
{
    private const double Tol = 1e-9;

    private static RegionIndustryPanel Panel(params (string Region, string Industry, int Year, double Value)[] rows) =>
        RegionIndustryPanel.FromLong(rows, r => r.Region, r => r.Industry, r => r.Year, r => r.Value);

    [Test]
    public void Esteban_Marquillas_splits_the_regional_shift()
    {
        // INDICES.md example 4 data. Homothetic e^_i = 180 E_i1/1100; sum_i E_i1 (r_i - R_i) = 400/90 + 150 * .6 + 150 * .1
        // - 400 * 17/60 = -35/9, so RS* = (180/1100)(-35/9) = -7/11 and the allocation effect = RS - RS* = -3 + 7/11 = -26/11.
        var a = WorkedExampleTests.ShiftShareExample4().ShiftShare(1, 2, ShiftShareMethod.EstebanMarquillas, WorkedExampleTests.Example4Nation()).Regions[0];
        Assert.That(a["regional_shift"], Is.EqualTo(-7.0 / 11).Within(Tol));
        Assert.That(a["allocation_effect"], Is.EqualTo(-26.0 / 11).Within(Tol));
        Assert.That(a["national_share"] + a["industry_mix"] + a["regional_shift"] + a["allocation_effect"], Is.EqualTo(a["growth"]).Within(Tol));
    }

    [Test]
    public void Gerfin_factors_multiply()
    {
        // Example 4: expected end value sum e_i1 R_i = 99 + 28 + 9 + 72 = 208. Mix (208/180)/(1265/1100), regional 205/208,
        // total (205/180)/(1265/1100); mix x regional = total.
        var result = WorkedExampleTests.ShiftShareExample4().ShiftShare(1, 2, ShiftShareMethod.Gerfin, WorkedExampleTests.Example4Nation());
        var a = result.Regions[0];
        Assert.That(a["industry_mix_factor"], Is.EqualTo(208.0 / 180 / (1265.0 / 1100)).Within(Tol));
        Assert.That(a["regional_factor"], Is.EqualTo(205.0 / 208).Within(Tol));
        Assert.That(a["total_factor"], Is.EqualTo(205.0 / 180 / (1265.0 / 1100)).Within(Tol));
        Assert.That(result.ComponentNames, Is.EqualTo(new[] { "industry_mix_factor", "regional_factor", "total_factor" }));
    }

    private static RegionIndustryPanel ThreeYears() => Panel(
        ("A", "x", 1, 10), ("A", "y", 1, 10), ("B", "x", 1, 30), ("B", "y", 1, 50),
        ("A", "x", 2, 20), ("A", "y", 2, 10), ("B", "x", 2, 30), ("B", "y", 2, 40),
        ("A", "x", 3, 20), ("A", "y", 3, 30), ("B", "x", 3, 30), ("B", "y", 3, 40));

    [Test]
    public void Chained_periods_add_up_the_yearly_components()
    {
        // Nation = A + B: x (40, 50, 50), y (60, 50, 70), totals 100, 100, 120.
        // 1->2 for A: rate 1, NS 0, expected 10 * 1.25 + 10 * 5/6 = 125/6, IM 5/6, NTS 10, RS 55/6.
        // 2->3 for A: rate 1.2, NS 6, expected 20 * 1 + 10 * 1.4 = 34, IM -2, NTS 14, RS 16.
        // Chained: growth 30, NS 6, IM -7/6, RS 151/6, NTS 24. Directly 1->3: NS 4, IM 1/6, NTS 26, RS 155/6.
        var chained = ThreeYears().ShiftShare(1, 3, chainYears: true).Regions[0];
        Assert.That(chained["growth"], Is.EqualTo(30).Within(Tol));
        Assert.That(chained["national_share"], Is.EqualTo(6).Within(Tol));
        Assert.That(chained["industry_mix"], Is.EqualTo(-7.0 / 6).Within(Tol));
        Assert.That(chained["regional_shift"], Is.EqualTo(151.0 / 6).Within(Tol));
        Assert.That(chained["net_total_shift"], Is.EqualTo(24).Within(Tol));
        var direct = ThreeYears().ShiftShare(1, 3);
        Assert.That(direct.Periods, Has.Count.EqualTo(1));
        Assert.That(direct.Regions[0]["national_share"], Is.EqualTo(4).Within(Tol));
        Assert.That(direct.Regions[0]["industry_mix"], Is.EqualTo(1.0 / 6).Within(Tol));
        Assert.That(direct.Regions[0]["regional_shift"], Is.EqualTo(155.0 / 6).Within(Tol));
        Assert.That(ThreeYears().ShiftShare(1, 3, chainYears: true).Periods, Is.EqualTo(new[] { (1, 2), (2, 3) }));
    }

    private static RegionIndustryPanel ZeroBase() => Panel(
        ("A", "x", 1, 10), ("A", "y", 1, 0), ("B", "x", 1, 30), ("B", "y", 1, 20),
        ("A", "x", 2, 10), ("A", "y", 2, 5), ("B", "x", 2, 30), ("B", "y", 2, 25));

    [Test]
    public void A_zero_base_year_cell_is_reported_not_summed()
    {
        var ex = Assert.Throws<UndefinedIndexException>(() => ZeroBase().ShiftShare(1, 2));
        Assert.That(ex!.Message, Does.Contain("'A'").And.Contain("'y'").And.Contain("undefined"));
        Assert.Throws<UndefinedIndexException>(() => ZeroBase().ShiftShare(1, 2, ShiftShareMethod.EstebanMarquillas));
        Assert.Throws<ClusterStatsException>(() => ZeroBase().ShiftShare(1, 2, ShiftShareMethod.EstebanMarquillas, zeroBase: ZeroBaseCellPolicy.AlgebraicForm));
    }

    [Test]
    public void The_algebraic_form_keeps_the_components_adding_up()
    {
        // Nation x 40 -> 40, y 20 -> 30, total 60 -> 70 (rate 7/6). A: 10 -> 15. NS = 10/6, expected 10 * 1 + 0 * 1.5 = 10,
        // IM = 10 - 70/6 = -10/6, NTS = 15 - 70/6 = 20/6, RS = 0 (x) + (5 - 0 * 1.5) (y) = 5 = NTS - IM.
        var a = ZeroBase().ShiftShare(1, 2, zeroBase: ZeroBaseCellPolicy.AlgebraicForm).Regions[0];
        Assert.That(a["national_share"], Is.EqualTo(10.0 / 6).Within(Tol));
        Assert.That(a["industry_mix"], Is.EqualTo(-10.0 / 6).Within(Tol));
        Assert.That(a["regional_shift"], Is.EqualTo(5).Within(Tol));
        Assert.That(a["net_total_shift"], Is.EqualTo(20.0 / 6).Within(Tol));
    }

    [Test]
    public void A_cell_zero_in_both_years_adds_nothing()
    {
        // A has no y at all: x 10 -> 12; nation x 40 -> 42, y 20 -> 30 (total 60 -> 72, rate 1.2). NS = 2, IM = 10 * 1.05 - 12 = -1.5,
        // RS = 10 (1.2 - 1.05) = 1.5, NTS = 12 - 12 = 0.
        var p = Panel(("A", "x", 1, 10), ("A", "y", 1, 0), ("B", "x", 1, 30), ("B", "y", 1, 20),
                      ("A", "x", 2, 12), ("A", "y", 2, 0), ("B", "x", 2, 30), ("B", "y", 2, 30));
        var a = p.ShiftShare(1, 2).Regions[0];
        Assert.That(a["national_share"], Is.EqualTo(2).Within(Tol));
        Assert.That(a["industry_mix"], Is.EqualTo(-1.5).Within(Tol));
        Assert.That(a["regional_shift"], Is.EqualTo(1.5).Within(Tol));
        Assert.That(a["net_total_shift"], Is.EqualTo(0).Within(Tol));
    }

    [Test]
    public void Undefined_national_rates_missing_years_and_cells_are_errors()
    {
        var nationless = Panel(("A", "x", 1, 0), ("A", "y", 1, 5), ("A", "x", 2, 3), ("A", "y", 2, 5));
        Assert.That(Assert.Throws<UndefinedIndexException>(() => nationless.ShiftShare(1, 2))!.Message, Does.Contain("nation"));
        Assert.Throws<ClusterStatsException>(() => ThreeYears().ShiftShare(1, 4));
        Assert.Throws<ClusterStatsException>(() => ThreeYears().ShiftShare(2, 1));
        var gap = Panel(("A", "x", 1, 1), ("A", "y", 1, 5), ("A", "x", 2, 3));
        Assert.That(Assert.Throws<ClusterStatsException>(() => gap.ShiftShare(1, 2))!.Message, Does.Contain("missing"));
    }

    [Test]
    public void Result_has_per_region_components_and_a_typed_frame()
    {
        var result = ThreeYears().ShiftShare(1, 2);
        Assert.That(result.Regions.Select(r => r.Region), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(result.Regions[0].BaseValue, Is.EqualTo(20));
        Assert.That(result.Regions[0].EndValue, Is.EqualTo(30));
        var frame = result.ToDataFrame();
        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(new[] { "region", "growth", "national_share", "industry_mix", "regional_shift", "net_total_shift" }));
        Assert.That(frame.Columns[1].DataType, Is.EqualTo(typeof(double)));
    }
}
